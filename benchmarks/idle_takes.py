"""``python -m benchmarks.idle_takes [--rounds 3]``: what an idle take loop costs, and how long a lone record waits.

Why: Faust's ``take_events`` wakes up every ``within`` seconds, also with nothing buffered, and the worker has two
such loops; session 11 made the wait long while the topic is idle (``streams.worker.pacing.AdaptiveWithin``).
Two agents' take loops run in Faust's test context (no broker) with ``within=WIREFEED_BATCH_WITHIN`` (a float:
before) and with ``AdaptiveWithin`` (after), alternated: the process CPU per second while idle, then the wait of
one record put on a quiet topic until its take is handed over.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from typing import Any

import faust

from streams.worker.pacing import AdaptiveMax, AdaptiveWithin

WITHIN_S = 0.01  # the default WIREFEED_BATCH_WITHIN


def run(adaptive: bool, idle_s: float = 3.0) -> tuple[float, float]:
    """(idle CPU as a share of a core, ms until a lone record's take was handed over)."""
    app = faust.App(f"idle-takes-{time.time_ns()}", store="memory://", datadir=tempfile.mkdtemp())
    handed: list[float] = []

    def agent(name: str) -> Any:
        take = AdaptiveMax(500)
        within = AdaptiveWithin(take, WITHIN_S) if adaptive else WITHIN_S

        async def taker(stream: Any) -> None:
            async for events in stream.take_events(take, within=within):
                take.observe(len(events))
                handed.append(time.perf_counter())

        return app.agent(name=name)(taker)

    first, second = agent("first"), agent("second")

    async def main() -> tuple[float, float]:
        async with first.test_context() as put_on, second.test_context():
            await asyncio.sleep(0.3)
            c0, t0 = time.process_time(), time.perf_counter()
            await asyncio.sleep(idle_s)
            share = (time.process_time() - c0) / (time.perf_counter() - t0)
            put = time.perf_counter()
            await put_on.put(value=b"x", wait=False)
            for _ in range(400):
                if handed:
                    break
                await asyncio.sleep(0.001)
            return share, (handed[0] - put) * 1000 if handed else float("nan")

    return asyncio.run(main())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    for r in range(args.rounds):
        for adaptive in (False, True):
            share, wait_ms = run(adaptive)
            label = "AdaptiveWithin" if adaptive else f"within={WITHIN_S:g}"
            print(
                f"{r + 1} {label:>15}: idle CPU {share * 100:.2f} % of a core, lone record {wait_ms:.1f} ms", flush=True
            )


if __name__ == "__main__":
    main()
