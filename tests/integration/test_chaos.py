"""Issue 14, short chaos run inside ``make test`` (the full run is ``make chaos``, docs/reliability.md).

``scripts/chaos.py`` on a broker of its own: 600 distinct items pushed over a minute while worker A is
killed -9 three times and stopped with SIGTERM twice, the broker restarts once and worker B joins and
leaves; then lost, doubled, articles published twice and outcomes differing from the calm run must
all be 0. About 2 minutes; its logs stay in the test's tmp folder.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from streams.settings import REPO_ROOT

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _chaos() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wirefeed_chaos", REPO_ROOT / "scripts" / "chaos.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_short_chaos_run_loses_and_doubles_nothing(corpus: Path, tmp_path: Path) -> None:
    chaos = _chaos()
    cfg = chaos.Config(
        items=600,
        kills=3,
        terms=2,
        broker_restarts=1,
        second_worker=True,
        partitions=4,
        duration=60.0,
        settle=240.0,
        seed=14,
        out=tmp_path / "chaos",
        corpus=corpus,
    )
    r = chaos.run(cfg)
    print(
        f"\nCHAOS items={r['items']} lost={r['lost']} doubled={r['doubled']} differing={r['differing']} "
        f"kills={r['kills']} restarts={r['restarts']} seconds={r['seconds']} (logs: {cfg.out})"
    )
    assert r["raw"] >= r["items"]
    assert (r["kills"], r["terms"], r["restarts"], r["joins"]) == (3, 2, 1, 1)
    assert r["lost"] == 0, r["samples"]
    assert r["doubled"] == 0, r["samples"]
    assert r["articles_published_twice"] == 0, r["samples"]
    assert r["differing"] == 0, r["samples"]
