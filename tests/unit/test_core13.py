"""Session 13 (issue #17): the resources' memory moved to huge pages (``streams.core.hugepages``).

What must hold: only the mappings meant are asked for (private anonymous or heap, large, resident: a thread's
sparse stack would gain memory), each span is 2 MB-aligned inside its mapping, the collapse never raises, and
the pipeline answers the same after it as before (the collapse moves bytes, it must change no value).
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

import pytest

from streams.core import hugepages
from streams.core.enrich import load_resources
from streams.core.model import RawItem
from streams.core.pipeline import process

MB = 1 << 20
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _smaps(*mappings: tuple[int, int, str, str, int]) -> list[str]:
    """Lines of a ``/proc/self/smaps`` with the given ``(start, end, perms, path, rss_kb)`` mappings."""
    lines: list[str] = []
    for lo, hi, perms, path, rss in mappings:
        lines.append(f"{lo:x}-{hi:x} {perms} 00000000 00:00 0 {path}".rstrip() + "\n")
        lines += [f"Size: {(hi - lo) // 1024} kB\n", "KernelPageSize: 4 kB\n", f"Rss: {rss} kB\n"]
        lines += ["Pss: 0 kB\n", "VmFlags: rd wr mr mw me ac sd\n"]
    return lines


def test_regions_takes_resident_private_anonymous_mappings_aligned() -> None:
    base = 0x7F0000000000
    lines = _smaps(
        (base + 4096, base + 64 * MB + 4096, "rw-p", "", 64 * 1024),  # resident anonymous: taken, aligned in
        (base + 100 * MB, base + 120 * MB, "rw-p", "[heap]", 20 * 1024),  # the heap: taken
        (base + 200 * MB, base + 208 * MB, "rw-p", "", 100),  # a sparse stack: left
        (base + 300 * MB, base + 340 * MB, "r--p", "/usr/lib/libx.so", 40 * 1024),  # file-backed: left
        (base + 400 * MB, base + 440 * MB, "rw-s", "", 40 * 1024),  # shared: left
        (base + 500 * MB, base + 503 * MB, "rw-p", "", 3 * 1024),  # too small: left
        (base + 600 * MB, base + 610 * MB, "rw-p", "[stack]", 10 * 1024),  # the main stack: left
    )
    assert hugepages.regions(lines) == [(base + 2 * MB, 62 * MB), (base + 100 * MB, 20 * MB)]


def test_regions_reads_this_process() -> None:
    if not Path("/proc/self/smaps").exists():
        pytest.skip("no /proc/self/smaps (not Linux)")
    block = bytearray(b"\x01") * (48 * MB)  # resident: every byte written
    address = ctypes.addressof((ctypes.c_char * len(block)).from_buffer(block))
    with open("/proc/self/smaps", encoding="ascii", errors="replace") as smaps:
        spans = hugepages.regions(smaps)
    assert all(start % hugepages.HUGE_PAGE == 0 and length % hugepages.HUGE_PAGE == 0 for start, length in spans)
    inside = [s for s in spans if s[0] <= address + 8 * MB and address + 40 * MB <= s[0] + s[1]]
    assert inside, "the written 48 MB block is not among the spans to collapse"
    block[0] = 2  # kept alive to here


def test_collapse_changes_no_output() -> None:
    """Outputs of real fixture items before and after a collapse (the pipeline's memory moved under it)."""
    paths = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.stat().st_size < 200_000)[:40]
    if len(paths) < 5:
        pytest.skip("too few fixtures")
    resources = load_resources(huge_pages=False)
    hugepages.wait()

    def outputs() -> list[str]:
        return [
            json.dumps(
                [o.record for o in process(RawItem(p.read_bytes(), {}), resources, received_at="2026-01-01T00:00:00Z")],
                sort_keys=True,
                default=str,
            )
            for p in paths
        ]

    before = outputs()
    moved = hugepages.collapse()
    assert moved >= 0
    assert outputs() == before
    if moved and sys.platform == "linux":
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            huge = next(int(line.split()[1]) for line in rollup if line.startswith("AnonHugePages:"))
        assert huge > 0, "the kernel accepted the collapse but holds no huge page"


def test_load_resources_starts_the_collapse_only_when_asked() -> None:
    hugepages.wait()
    hugepages._pending.clear()
    load_resources(huge_pages=False)
    assert not hugepages._pending
    load_resources()
    assert hugepages._pending
    hugepages.wait()
    assert not hugepages._pending[0].is_alive()
