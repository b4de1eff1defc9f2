"""A read to the end offsets that runs out of time fails loudly (branch audit13), on a real broker.

Why: ``records(..., exit_at_end=True, timeout=...)`` used to return a short list when the timeout came
first; ``wirefeed audit`` and ``scripts/chaos.py`` then counted the unread records as lost (or passed
without having read what came last).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from streams.client import ReadIncomplete, records
from streams.settings import REPO_ROOT, load
from tests.integration.conftest import BrokerHandle

pytestmark = pytest.mark.integration

N = 5


def cli(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "streams", *argv],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **env},
        cwd=REPO_ROOT,
        check=False,
    )


def test_a_read_given_too_little_time_fails_loudly_then_succeeds_with_time(
    kafka: BrokerHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    topic = f"t{uuid.uuid4().hex[:8]}.raw"
    env = {"WIREFEED_BROKER": kafka.url, "WIREFEED_DATA_DIR": str(tmp_path / "data"), "WIREFEED_TOPIC_RAW": topic}
    files = []
    for i in range(N):
        f = tmp_path / f"item{i}.txt"
        f.write_text(f"item {i}\n")
        files.append(str(f))
    pushed = cli("push", "-t", topic, *files, env=env)
    assert pushed.returncode == 0, pushed.stderr
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    s = load()

    async def read(timeout: float) -> list[int]:
        return [m.offset async for m, *_ in records(s, topic, from_beginning=True, timeout=timeout, exit_at_end=True)]

    with pytest.raises(ReadIncomplete) as info:  # no time at all: not one record read
        asyncio.run(read(0.0))
    assert info.value.topic == topic
    assert sum(end for _pos, end in info.value.short.values()) == N
    assert all(pos < end for pos, end in info.value.short.values())
    assert len(asyncio.run(read(60.0))) == N

    # the CLI: one clear line and a non-zero status, then the whole read with time
    for argv in (["audit", "--timeout", "0"], ["tail", "-t", topic, "-e", "--timeout", "0"]):
        short = cli(*argv, env=env)
        assert short.returncode == 2, (argv, short.stdout, short.stderr)
        lines = short.stderr.strip().splitlines()
        assert lines[-1].startswith(f"wirefeed: error: reading {topic} to its end stopped"), short.stderr
    tail = cli("tail", "-t", topic, "-e", "--timeout", "60", env=env)
    assert tail.returncode == 0 and len(tail.stdout.splitlines()) == N, tail.stderr
    audit = cli("audit", "--timeout", "60", env=env)  # no worker ran: every raw item is honestly missing
    assert f"raw items: {N} on {topic}" in audit.stdout and f"missing: {N}" in audit.stdout, audit.stderr
    assert audit.returncode == 1
