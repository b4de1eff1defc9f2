"""Where the worker's memory is, over time: an opt-in probe for benchmarks (``WIREFEED_MEMPROBE=FILE``).

Off (the default) it costs one environment lookup at start-up. On, a daemon thread appends one JSON line to
FILE every ``WIREFEED_MEMPROBE_S`` seconds (2): RSS and its peak (``/proc/self/status``), the process's
anonymous memory (``smaps_rollup``), glibc's heap accounting (``mallinfo2``: bytes in use against bytes free
inside its arenas, i.e. fragmentation), and with ``WIREFEED_MEMPROBE_TRACE=1`` the traced Python allocations
(``tracemalloc``, one frame) with the 25 largest sites. No object census: ``gc.get_objects()`` from a second
thread holds a reference to a tuple that another thread is still building, whose resize then fails
(``SystemError`` in ``tupleobject.c``: it crashed a worker in session 16). The breakdown in docs/benchmarks.md
("Session 16: the worker's peak memory") was read off it.
"""

from __future__ import annotations

import ctypes
import json
import os
import threading
import time
import tracemalloc
from typing import Any

TOP = 25


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _mallinfo() -> dict[str, float]:
    """glibc's totals over all arenas, MB (empty where mallinfo2 is missing: musl, glibc < 2.33)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        fn = libc.mallinfo2
    except (OSError, AttributeError):
        return {}
    fn.restype = _Mallinfo2
    m = fn()
    mb = 1 / 2**20
    return {
        "heap_mb": m.arena * mb,
        "mmap_mb": m.hblkhd * mb,
        "in_use_mb": m.uordblks * mb,
        "free_mb": m.fordblks * mb,
    }


def _proc(path: str, keys: tuple[str, ...]) -> dict[str, float]:
    out: dict[str, float] = {}
    try:
        with open(path) as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in keys:
                    out[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return out


def sample() -> dict[str, Any]:
    """One reading of the process's memory (see the module doc)."""
    row: dict[str, Any] = {"t": time.time()}
    row.update(_proc("/proc/self/status", ("VmRSS", "VmHWM")))
    row.update(_proc("/proc/self/smaps_rollup", ("Anonymous", "AnonHugePages")))
    row.update(_mallinfo())
    if tracemalloc.is_tracing():
        snap = tracemalloc.take_snapshot()
        stats = snap.statistics("lineno")
        row["traced_mb"] = sum(s.size for s in stats) / 2**20
        row["sites"] = [[str(s.traceback[0]), round(s.size / 2**20, 2), s.count] for s in stats[:TOP]]
    return row


def start_from_env() -> threading.Thread | None:
    """Start the probe when ``WIREFEED_MEMPROBE`` names a file; ``None`` (and nothing done) otherwise."""
    path = os.environ.get("WIREFEED_MEMPROBE")
    if not path:
        return None
    if os.environ.get("WIREFEED_MEMPROBE_TRACE") == "1":
        tracemalloc.start(1)
    every = float(os.environ.get("WIREFEED_MEMPROBE_S", "2"))

    def run() -> None:
        with open(path, "a") as out:
            while True:
                out.write(json.dumps(sample()) + "\n")
                out.flush()
                time.sleep(every)

    thread = threading.Thread(target=run, name="memprobe", daemon=True)
    thread.start()
    return thread
