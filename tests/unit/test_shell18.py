"""Branch shell18: the worker shell's CPU per item (docs/benchmarks.md, "Session 18: the worker shell's CPU").

Faust's conductor awaits ``ProducerBuffer.wait_until_ebb`` before handing over every consumed record; with
Faust's default limit (100 messages) a dedupe batch's table writes made the next records wait behind them and
pay a flush loop each. The worker raises the limit (``agents.CHANGELOG_BUFFER_MAX``): the stage drains the
buffer itself before its batch ends. These tests drive a real ``ProducerBuffer`` (no broker).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from faust.transport.producer import ProducerBuffer

from streams.core.dedupe import MemoryState
from streams.settings import Settings
from streams.worker.agents import CHANGELOG_BUFFER_MAX, build_context, register
from streams.worker.app import create_app
from streams.worker.sender import MemorySender, drain_buffer

WRITES_PER_ARTICLE = 3  # hashes, uris, origins: the stage's changelog records per admitted article


class _Msg(asyncio.Future):  # type: ignore[type-arg]
    """A buffered changelog record whose hand-over to the producer takes ``delay`` seconds."""

    def __init__(self, delay: float) -> None:
        super().__init__()

        async def publish_message(fut: Any, wait: bool = False) -> None:
            await asyncio.sleep(delay)
            self.set_result(None)

        self.message = SimpleNamespace(channel=SimpleNamespace(publish_message=publish_message))


async def _ebb_wait(max_messages: int | None, queued: int, delay: float) -> tuple[float, int]:
    """Seconds one ``wait_until_ebb`` (what the conductor awaits per record) took with ``queued`` records in a
    started buffer, and how many were still queued when it returned."""
    buffer = ProducerBuffer(loop=asyncio.get_running_loop())
    buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))  # type: ignore[assignment]
    if max_messages is not None:
        buffer.max_messages = max_messages
    await buffer.start()
    await asyncio.sleep(0)
    try:
        for _ in range(queued):
            buffer.put(_Msg(delay))  # type: ignore[arg-type]
        t0 = asyncio.get_running_loop().time()
        await buffer.wait_until_ebb()
        took, left = asyncio.get_running_loop().time() - t0, buffer.size
        await drain_buffer(buffer)  # what the stage's flush does: everything handed over in the end
        assert buffer.size == 0
        return took, left
    finally:
        await buffer.stop()


def test_faust_default_makes_each_record_wait_behind_a_batch_of_table_writes() -> None:
    """The premise: at Faust's default a 50-article batch's writes hold the next record's hand-over."""
    took, left = asyncio.run(_ebb_wait(None, 50 * WRITES_PER_ARTICLE, 0.002))
    assert took >= 0.05 and left < 50 * WRITES_PER_ARTICLE


def test_the_worker_limit_lets_records_through_while_the_stage_drains() -> None:
    """With the worker's limit the largest batch's writes do not stop the conductor: it returns at once."""
    largest = Settings().batch_size * WRITES_PER_ARTICLE
    assert 100 * largest <= CHANGELOG_BUFFER_MAX
    took, left = asyncio.run(_ebb_wait(CHANGELOG_BUFFER_MAX, largest, 0.002))
    assert took < 0.05 and left == largest


def test_register_sets_the_limit_on_the_apps_buffer(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path, routing_file="none", metrics_port=0)
    wiring = create_app(s)
    assert wiring.app.producer.buffer.max_messages < CHANGELOG_BUFFER_MAX  # Faust's own default before
    register(wiring, build_context(wiring, sender=MemorySender(), state=MemoryState()))
    assert wiring.app.producer.buffer.max_messages == CHANGELOG_BUFFER_MAX
