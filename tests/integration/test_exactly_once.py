"""Exactly-once, measured: the crash test of ``test_crash_recovery.py`` with
``WIREFEED_GUARANTEE=exactly_once`` and a ``read_committed`` reader.

Why: Faust's EOS has open bugs (faust-notes §1.1: #517 duplicates after kill, #177 sends outside the
transaction). We do not build on it; this test measures what it does on our topology so the decision
in docs/reliability.md ("Exactly-once") rests on numbers. The numbers are printed and written to
``$WIREFEED_EOS_REPORT`` (default: the test's tmp folder) as JSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.conftest import BrokerHandle, WorkerHandle
from tests.integration.crash import reuters_items, run_crash_scenario

pytestmark = [pytest.mark.integration, pytest.mark.slow]

N_ITEMS = 1000

GUARANTEES = [
    pytest.param("exactly_once", id="exactly_once"),
    pytest.param("at_least_once", id="at_least_once_baseline", marks=pytest.mark.skipif(
        not os.environ.get("WIREFEED_EOS_BASELINE"),
        reason="baseline for docs/reliability.md; set WIREFEED_EOS_BASELINE=1 to run")),
]


@pytest.mark.parametrize("guarantee", GUARANTEES)
def test_exactly_once_under_worker_kills_and_broker_restart(
        guarantee: str, kafka: BrokerHandle, worker_factory: Callable[..., WorkerHandle], corpus: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = reuters_items(corpus, N_ITEMS)
    assert len(items) >= N_ITEMS
    w = worker_factory(WIREFEED_ROUTING="none", WIREFEED_PARTITIONS="2", WIREFEED_GUARANTEE=guarantee,
                       WIREFEED_EXPERIMENTAL_EOS="1")
    assert w.settings.processing_guarantee == guarantee
    result = run_crash_scenario(kafka, w, items, monkeypatch)
    out = Path(os.environ.get("WIREFEED_EOS_REPORT") or tmp_path / "eos-report.json")
    out.write_text(json.dumps(result, indent=2))
    print(f"\n[eos test] {json.dumps(result)}")
    committed = result["read_committed"]
    assert isinstance(committed, dict)
    assert result["raw"] == len(items)
    if guarantee == "at_least_once":
        assert committed["lost"] == 0, f"{committed}\n{w.log_tail()}"
        return
    # exactly_once: measured, not trusted. When it holds, this asserts it; when it does not (what we
    # measured: a stall after kill -9, see docs/reliability.md "Exactly-once") the test is an expected
    # failure carrying the numbers, so a faust upgrade that fixes it turns it green (XPASS is visible).
    if committed["lost"] or committed["doubled"]:
        pytest.xfail(f"exactly_once does not hold under kill -9: lost={committed['lost']} "
                     f"doubled={committed['doubled']} (read_committed); see {out}")
