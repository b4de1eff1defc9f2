"""A short coverage-guided fuzz run in CI (``scripts/fuzz_atheris.py``; longer runs are manual).

Why: libFuzzer finds branch-specific inputs that blind mutation misses; 15 s per CI run keeps the
harness working and adds a few thousand inputs each time. The run uses a fixed libFuzzer seed, so CI
walks the same mutation path each time and a red CI means a change broke something rather than the dice
finding an old bug; random seeds and long runs are for `scripts/fuzz_atheris.py` by hand (whatever they
find becomes a named test). Skipped where atheris is not installed (it ships Linux x86-64 wheels only).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from streams.settings import REPO_ROOT

pytest.importorskip("atheris")

pytestmark = pytest.mark.slow
SECONDS = 15
SEED = 20261205


def test_atheris_harness_runs_without_crash(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO_ROOT / "scripts" / "fuzz_atheris.py"),
            "--seconds",
            str(SECONDS),
            "--artifacts",
            str(tmp_path),
            f"-seed={SEED}",
        ],
        capture_output=True,
        text=True,
        timeout=SECONDS + 60,
        cwd=REPO_ROOT,
        check=False,
    )
    out = proc.stdout + proc.stderr
    done = re.search(r"Done (\d+) runs in (\d+) second", out)
    tally = [line for line in out.splitlines() if line.startswith("[atheris]")]
    print(f"\n[atheris] {done.group(0) if done else 'no DONE line'}; " + (tally[-1] if tally else ""))
    crashes = sorted(p.name for p in tmp_path.glob("crash-*"))
    assert proc.returncode == 0 and not crashes, f"atheris found a crash {crashes}:\n{out[-4000:]}"
    assert done and int(done.group(1)) > 100, out[-2000:]
