"""Baselines over the same raw items: a bare aiokafka consume→produce loop, and a bare Faust agent.

Why both: the gap between aiokafka and Faust is the framework's per-event cost; the gap between
Faust and the wirefeed worker is our work (the core pipeline, dedupe, the second hop through
``wire.dedupe``). ``ratio_vs_faust`` = pipeline / Faust pass-through.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import cluster
from streams.settings import Settings, load


@dataclass
class Passthrough:
    per_s: float
    items: int
    seconds: float
    cpu_s: float = 0.0


async def aiokafka_passthrough(bootstrap: str, src: str, dst: str, n: int, timeout: float = 300.0) -> Passthrough:
    """getmany → send batch → await acks; sustained rate from first record consumed to last ack."""
    await cluster.create_topics(bootstrap, [(dst, 1)])
    cons = cluster.consumer(bootstrap, group_id=f"{dst}-group", max_poll_records=500)
    prod = cluster.producer(bootstrap)
    await cons.start()
    await prod.start()
    cpu0 = time.process_time()
    first = last = 0.0
    done = 0
    try:
        cons.subscribe([src])
        deadline = time.monotonic() + timeout
        while done < n and time.monotonic() < deadline:
            batch = await cons.getmany(timeout_ms=500, max_records=500)
            if not batch:
                continue
            if not first:
                first = time.perf_counter()
            futs = [
                await prod.send(dst, m.value, key=m.key, headers=list(m.headers))
                for msgs in batch.values()
                for m in msgs
            ]
            await asyncio.gather(*futs)
            await cons.commit()
            done += len(futs)
            last = time.perf_counter()
    finally:
        await prod.stop()
        await cons.stop()
    secs = max(last - first, 1e-9)
    return Passthrough(done / secs, done, secs, time.process_time() - cpu0)


# The worker's producer settings (streams/worker/app.py: no compression, 256 KB batches, 5 ms linger), so
# that the baseline differs from the worker by the work per item only; before session 7 both used lz4.
FAUST_APP = '''"""Bare Faust pass-through (benchmark baseline): forward each value with await topic.send()."""
import os
import sys

import faust

if os.environ.get("BENCH_LOOP") == "uvloop":  # the loop the worker runs on (streams.worker.startup.choose_loop)
    import mode.loop

    mode.loop.use("uvloop")

app = faust.App(
    os.environ["BENCH_APP"], broker=os.environ["BENCH_BROKER"], datadir=os.environ["BENCH_DATA"],
    key_serializer="raw", value_serializer="raw", topic_disable_leader=True, web_enabled=False,
    producer_linger=0.005, producer_compression_type=None, producer_max_batch_size=262144,
    producer_max_request_size=10485760,
    consumer_max_fetch_size=10485760, consumer_auto_offset_reset="earliest", stream_wait_empty=True,
)
src = app.topic(os.environ["BENCH_IN"], value_serializer="raw", key_serializer="raw")
dst = app.topic(os.environ["BENCH_OUT"], value_serializer="raw", key_serializer="raw")


@app.agent(src)
async def forward(stream):
    async for value in stream:
        await dst.send(value=value)


if __name__ == "__main__":
    sys.argv = [sys.argv[0], "worker", "-l", "warn"]
    app.main()
'''


def worker_loop(s: Settings | None = None) -> str:
    """The event loop a worker started from this environment runs on (``Settings.loop``, ``WIREFEED_LOOP``, read
    and checked by ``streams.settings.load``; auto: uvloop where installed): the Faust baseline runs on the same
    one, so that the ratio compares the work per item, not the loops."""
    wanted = (s or load()).loop
    if wanted == "asyncio" or importlib.util.find_spec("uvloop") is None:
        return "asyncio"
    return "uvloop"


async def faust_passthrough(
    bootstrap: str, src: str, dst: str, n: int, workdir: Path, timeout: float = 300.0
) -> Passthrough:
    """A minimal faust.App in a subprocess; rate from first to last output (broker timestamps)."""
    await cluster.create_topics(bootstrap, [(dst, 1)])
    script = workdir / "faust_passthrough.py"
    script.write_text(FAUST_APP)
    env = {
        "BENCH_APP": f"{dst}-app",
        "BENCH_BROKER": f"kafka://{bootstrap}",
        "BENCH_DATA": str(workdir / "faust"),
        "BENCH_IN": src,
        "BENCH_OUT": dst,
        "BENCH_LOOP": worker_loop(),
    }
    proc = cluster.spawn([sys.executable, str(script)], env, workdir / "faust_passthrough.log")
    stat = cluster.ProcStat(proc.pid)
    try:
        got = await cluster.guarded(cluster.collect(bootstrap, [dst], n, timeout), [proc], "faust pass-through")
        cpu = stat.cpu_s()
    finally:
        cluster.release(proc)
    if len(got.first_out) < n:
        raise RuntimeError(
            f"faust pass-through forwarded {len(got.first_out)}/{n}; see {workdir}/faust_passthrough.log"
        )
    secs = max(got.span_s(), 1e-3)
    return Passthrough((n - 1) / secs, n, secs, cpu)
