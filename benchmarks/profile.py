"""Where the worker's time goes: py-spy samples of a running worker, folded into a short table.

Why py-spy: it attaches to the real ``python -m streams worker`` process from outside (no code
change, Faust and aiokafka included). ``--nonblocking`` keeps the worker running at full speed.
Samples are grouped by the leaf frame (self time) and by layer (our core, our shell, Faust,
aiokafka, asyncio idle ...), so the lead sees what to tune first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LAYERS = (  # (label, substring of a frame's file) in priority order: the innermost matching frame wins
    ("core: enrich", "streams/core/enrich/"),
    ("core: formats (parse)", "streams/core/formats/"),
    ("core: other (normalise, copy, hash, dedupe)", "streams/core/"),
    ("wirefeed shell (agents, dedupe stage, metrics)", "streams/"),
    ("orjson / json", "orjson"),
    ("aiokafka (client, codec, protocol)", "aiokafka/"),
    ("faust / mode (streams, tables, sensors)", "faust/"),
    ("faust / mode (streams, tables, sensors)", "mode/"),
    ("prometheus_client", "prometheus_client/"),
    ("asyncio event loop / selectors (idle or I/O)", "asyncio/"),
    ("asyncio event loop / selectors (idle or I/O)", "selectors"),
)


def py_spy() -> str | None:
    exe = Path(sys.executable).parent / "py-spy"
    return str(exe) if exe.exists() else shutil.which("py-spy")


def record(pid: int, seconds: int, out: Path, rate: int = 100) -> str | None:
    """py-spy record (raw folded stacks, all threads); None on success, else the error text."""
    exe = py_spy()
    if exe is None:
        return "py-spy not installed (pip install -e '.[dev]')"
    proc = subprocess.run(
        [
            exe,
            "record",
            "-p",
            str(pid),
            "-d",
            str(seconds),
            "-r",
            str(rate),
            "-f",
            "raw",
            "--nonblocking",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=seconds + 60,
    )
    if proc.returncode != 0 or not out.exists():
        return (proc.stdout + proc.stderr).strip()[-500:] or f"py-spy exited {proc.returncode}"
    return None


def dump(pid: int) -> str:
    """One py-spy dump (every thread's current stack): shows the threads Faust runs."""
    exe = py_spy()
    if exe is None:
        return ""
    proc = subprocess.run(
        [exe, "dump", "-p", str(pid), "--nonblocking"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    return proc.stdout


def _frame_file(frame: str) -> str:
    return frame.rsplit("(", 1)[-1] if "(" in frame else frame


def fold(path: Path, top: int = 20) -> dict[str, Any]:
    """Leaf-frame, layer and inclusive (our functions) shares of the non-idle samples, in %."""
    leaves: Counter[str] = Counter()
    layers: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        if frames and frames[0].startswith("process"):
            frames = frames[1:]
        if not frames:  # a sample taken in the process frame itself: no leaf to name
            continue
        total += n
        leaves[frames[-1]] += n
        for f in set(frames):
            if "streams/" in _frame_file(f):
                inclusive[f] += n
        label = "other"
        for frame in reversed(frames):
            file = _frame_file(frame)
            hit = next((lab for lab, key in LAYERS if key in file), None)
            if hit:
                label = hit
                break
        layers[label] += n

    def share(c: Counter[str]) -> list[tuple[str, float]]:
        return [(k, 100.0 * v / total) for k, v in c.most_common(top)] if total else []

    return {"samples": total, "leaf": share(leaves), "layers": share(layers), "inclusive": share(inclusive)}
