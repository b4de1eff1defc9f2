"""Session 15 (branch shell15): the bench's worker-CPU summary. (The branch's collector policy was taken out
at the session's end: +11 MB of peak RSS in the full bench, no e2e CPU gain shown; docs/benchmarks.md.)"""

from __future__ import annotations

import math

from benchmarks.report import worker_cpu_summary


def test_worker_cpu_summary_names_the_whole_pipeline_beside_the_output_window() -> None:
    values = {
        "worker_cpu_us_per_item": 472.4,
        "worker_e2e_cpu_us_per_item": 2119.0,
        "worker_core_cpu_us_per_item": 1516.2,
        "worker_shell_cpu_us_per_item": 602.8,
        "pipeline_e2e_per_s": 469.3,
    }
    text = worker_cpu_summary(values)
    assert "2,119 µs = core 1,516 + shell 603" in text
    assert "469 items/s" in text
    assert "worker_cpu_us_per_item" in text and " 472 µs" in text
    assert text.index("2,119") < text.index(" 472 µs")  # the whole pipeline's figure comes first


def test_worker_cpu_summary_is_empty_without_a_worker_run() -> None:
    nan = math.nan
    assert worker_cpu_summary({"worker_cpu_us_per_item": nan, "worker_e2e_cpu_us_per_item": nan}) == ""
    assert worker_cpu_summary({}) == ""
    partial = worker_cpu_summary({"worker_cpu_us_per_item": 500.0})
    assert "n/a µs = core n/a" in partial and " 500 µs" in partial
