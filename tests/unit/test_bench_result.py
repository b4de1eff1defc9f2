"""The RESULT line of ``make bench`` is a contract: other tools parse it (no broker needed here)."""

from __future__ import annotations

import re

from benchmarks.report import REQUIRED, result_line

CONTRACT = re.compile(
    r"^RESULT pipeline_per_s=(\d+|nan) faust_passthrough_per_s=(\d+|nan) "
    r"aiokafka_passthrough_per_s=(\d+|nan) "
    r"ratio_vs_faust=(\d+\.\d{2}|nan) p99_ms=(\d+|nan) core_us=(\d+|nan)( [a-z0-9_]+=(\d+(\.\d+)?|nan))*$"
)


def test_contract_format_and_order() -> None:
    line = result_line(
        {
            "pipeline_per_s": 2105.6,
            "faust_passthrough_per_s": 2600.2,
            "aiokafka_passthrough_per_s": 31000.0,
            "ratio_vs_faust": 2105.6 / 2600.2,
            "p99_ms": 187.4,
            "core_us": 290.5,
        },
        {"p50_ms": 40.2, "p95_ms": 120.0, "workers2_per_s": 3500.9},
    )
    assert line == (
        "RESULT pipeline_per_s=2106 faust_passthrough_per_s=2600 aiokafka_passthrough_per_s=31000 "
        "ratio_vs_faust=0.81 p99_ms=187 core_us=290 p50_ms=40 p95_ms=120 workers2_per_s=3501"
    )
    assert CONTRACT.match(line)
    assert "\n" not in line


def test_missing_figures_are_nan_and_required_keys_come_first() -> None:
    line = result_line({"pipeline_per_s": 10.0}, {"core_us": 5, "p50_ms": float("inf")})
    assert CONTRACT.match(line)
    keys = [kv.split("=")[0] for kv in line.split()[1:]]
    assert keys[: len(REQUIRED)] == list(REQUIRED)
    assert keys.count("core_us") == 1
    assert line.endswith("core_us=nan p50_ms=nan")


def test_issue17_keys_follow_every_earlier_key() -> None:
    """The speed figures (issue 17) are on the line even when their phase failed, after the older keys."""
    from benchmarks.run import Runner, summarise

    figures, extra = summarise(Runner())
    line = result_line(figures, extra)
    assert CONTRACT.match(line)
    keys = [kv.split("=")[0] for kv in line.split()[1:]]
    new = ["loop_stall_max_ms", "dedupe_stage_per_s", "worker_cpu_us_per_item", "workers2_per_cpu_s"]
    assert all(k in keys for k in new)
    assert keys.index("errors") < min(keys.index(k) for k in new)
    assert keys.index("ready_s") < keys.index("errors")
    session8 = ["pipeline_e2e_per_s", "worker_e2e_cpu_us_per_item", "hol_small_p99_ms", "hol_loop_stall_max_ms"]
    assert all(k in keys for k in session8)
    assert max(keys.index(k) for k in new) < min(keys.index(k) for k in session8)


def test_latency_split_at_the_dedupe_hop() -> None:
    """Each item's latency is cut where it lands on the internal hop; items missing there are left out."""
    from benchmarks.cluster import Sent
    from benchmarks.latency import stage_split

    sent = [Sent(0, 1, 1000), Sent(1, 1, 1000), Sent(0, 2, 2000)]
    out = stage_split(sent, {(0, 1): 1100, (1, 1): 1300}, {(0, 1): 1150, (1, 1): 1400, (0, 2): 2500})
    assert out["ingest_p50_ms"] in (100, 200, 300)
    assert out["ingest_p99_ms"] == 300
    assert out["dedupe_p99_ms"] == 100
