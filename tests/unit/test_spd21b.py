"""Session 21 (branch spd21b): the worker's start to ready.

Why (docs/benchmarks.md, "Session 21, spd21b"): Faust's table manager slept 1.0 s before the consumer could
subscribe; the gazetteer's unpickling ran the cyclic collector over the growing heap again and again, and a full
collection before the freeze traversed it once more; the bench's workers compiled every module from source at
each start where ``PYTHONDONTWRITEBYTECODE`` is set.
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
from pathlib import Path
from typing import Any

import faust
import pytest

from benchmarks import cluster
from streams.core import enrich
from streams.settings import REPO_ROOT, Settings
from streams.worker.app import PromptTableManager, create_app


def test_the_worker_app_uses_the_prompt_table_manager(tmp_path: Path) -> None:
    tables = create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0)).app.tables
    assert isinstance(tables, PromptTableManager)
    assert isinstance(tables, faust.tables.TableManager)  # Faust's, with only on_start replaced
    assert {t.name for t in tables.values()} == {"dedupe-hashes", "dedupe-uris", "dedupe-origins"}


def test_the_table_manager_registers_the_changelogs_without_sleeping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Faust's own on_start sleeps 1.0 s first; ours does the same two steps, in order, at once."""
    tables = create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0)).app.tables
    steps: list[str] = []

    async def update_channels() -> None:
        steps.append("channels")

    class Recovery:
        async def start(self) -> None:
            steps.append("recovery")

    monkeypatch.setattr(tables, "_update_channels", update_channels)
    monkeypatch.setattr(PromptTableManager, "recovery", property(lambda self: Recovery()))

    async def start() -> float:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        await asyncio.wait_for(tables.on_start(), 0.5)  # Faust's would time out here
        return loop.time() - t0

    assert asyncio.run(start()) < 0.5
    assert steps == ["channels", "recovery"]


def test_resources_load_with_the_collector_off_then_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loaders run with the collector off; what they built is frozen; the collector is on again after."""
    seen: list[bool] = []
    built: list[list[Any]] = []

    def loader(*_: Any) -> list[Any]:
        seen.append(gc.isenabled())
        built.append([[] for _ in range(1000)])  # tracked containers, as the gazetteer's are
        return built[-1]

    for module in (enrich.places, enrich.entities, enrich.subjects):
        monkeypatch.setattr(module, "load", loader)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    resources = enrich.load_resources(None, huge_pages=False)
    assert seen == [False, False, False]
    assert gc.isenabled()
    assert resources.places is built[0]
    assert gc.get_freeze_count() >= frozen + 3 * 1001  # the loaders' lists are out of every collection


def test_resources_leave_a_disabled_collector_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (enrich.places, enrich.entities, enrich.subjects):
        monkeypatch.setattr(module, "load", lambda *_: None)
    gc.disable()
    try:
        enrich.load_resources(None, huge_pages=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_loader_turns_the_collector_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: Any) -> None:
        raise OSError("no data")

    monkeypatch.setattr(enrich.places, "load", fail)
    with pytest.raises(OSError):
        enrich.load_resources(None, huge_pages=False)
    assert gc.isenabled()


def test_the_bench_compiles_the_workers_bytecode() -> None:
    """After ``compile_bytecode`` every module of the package has current bytecode, which Python reads even
    where ``PYTHONDONTWRITEBYTECODE`` keeps it from writing any."""
    assert cluster.compile_bytecode()
    for module in ("streams/settings.py", "streams/core/enrich/places.py", "streams/worker/app.py"):
        source = REPO_ROOT / module
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime - 1
