"""Session 14 (issue #17): the huge-page collapse without its memory cost (``streams.core.hugepages``).

What must hold: only 2 MB ranges that are (nearly) all in memory are collapsed, so the collapse adds at most
``512 - MIN_PRESENT`` pages a range to the process's RSS; a range the process touched only in part (a heap
full of freed chunks, a stack) stays as it is; the page counts come from the process's own page map.
"""

from __future__ import annotations

import ctypes
import mmap
import sys
from pathlib import Path

import pytest

from streams.core import hugepages

MB = 1 << 20
HP = hugepages.HUGE_PAGE
linux_only = pytest.mark.skipif(
    sys.platform != "linux" or not Path("/proc/self/pagemap").exists(), reason="needs Linux's /proc/self/pagemap"
)


def test_dense_keeps_only_full_enough_ranges_and_merges_neighbours() -> None:
    base = 0x7F0000000000
    spans = [(base, 4 * HP), (base + 10 * HP, 2 * HP)]
    full, low = hugepages.PAGES, hugepages.MIN_PRESENT - 1
    counts = [full, hugepages.MIN_PRESENT, low, full, 0, full]
    assert hugepages.dense(spans, counts) == [(base, 2 * HP), (base + 3 * HP, HP), (base + 11 * HP, HP)]


def test_dense_with_no_counts_takes_nothing() -> None:
    assert hugepages.dense([(0x7F0000000000, 4 * HP)], []) == []


def _aligned_block(size: int) -> tuple[mmap.mmap, int]:
    """An anonymous private mapping of ``size`` bytes plus a spare huge page, and its first 2 MB-aligned
    address (nothing touched yet)."""
    block = mmap.mmap(-1, size + HP, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    address = _address(block)
    return block, -(-address // HP) * HP


def _address(block: mmap.mmap) -> int:
    return ctypes.addressof(ctypes.c_char.from_buffer(block))


@linux_only
def test_present_counts_the_pages_this_process_touched() -> None:
    block, start = _aligned_block(3 * HP)
    offset = start - _address(block)
    for page in range(hugepages.PAGES):  # first range: every page
        block[offset + page * hugepages.PAGE] = 1
    for page in range(0, hugepages.PAGES, 2):  # second range: every other page
        block[offset + HP + page * hugepages.PAGE] = 1
    counts = hugepages.present([(start, 3 * HP)])  # third range: untouched
    assert counts == [hugepages.PAGES, hugepages.PAGES // 2, 0]
    assert hugepages.dense([(start, 3 * HP)], counts) == [(start, HP)]
    block.close()


@linux_only
def test_collapse_adds_no_page_to_a_partly_touched_range() -> None:
    """A 90 %-touched mapping (which session 13's per-mapping rule took whole, filling the other 10 %) keeps
    its untouched pages out of memory through a collapse."""
    block, start = _aligned_block(4 * HP)
    offset = start - _address(block)
    for page in range(4 * hugepages.PAGES):
        if page % 10:
            block[offset + page * hugepages.PAGE] = 1
    before = hugepages.present([(start, 4 * HP)])
    assert all(count < hugepages.MIN_PRESENT for count in before)
    hugepages.collapse()
    assert hugepages.present([(start, 4 * HP)]) == before
    block.close()


@linux_only
def test_collapse_still_takes_a_dense_block() -> None:
    with open("/sys/kernel/mm/transparent_hugepage/enabled", encoding="ascii") as f:
        if "[never]" in f.read():
            pytest.skip("transparent huge pages are off")
    block, start = _aligned_block(8 * HP)
    offset = start - _address(block)
    block[offset : offset + 8 * HP] = b"\x01" * (8 * HP)
    moved = hugepages.collapse()
    if moved == 0:
        pytest.skip("the kernel refused MADV_COLLAPSE (older than 6.1, or no huge page free)")
    with open("/proc/self/smaps", encoding="ascii") as smaps:
        huge = _huge_kb_around(smaps.read(), start)
    assert huge >= 8 * HP // 1024
    block.close()


def _huge_kb_around(smaps: str, address: int) -> int:
    """``AnonHugePages`` (kB) of the mapping holding ``address``."""
    inside = False
    for line in smaps.splitlines():
        head = line.split(" ", 1)[0]
        if "-" in head and not head.endswith(":"):
            lo, hi = (int(part, 16) for part in head.split("-", 1))
            inside = lo <= address < hi
        elif inside and line.startswith("AnonHugePages:"):
            return int(line.split()[1])
    return 0
