"""Session 13, branch lat13: the worker's event loop (uvloop where installed, asyncio's own loop as the fallback)
and the takes' fill wait on either loop."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.loop_ab import order, parse_arm
from streams.errors import ConfigError
from streams.settings import Settings, load
from streams.worker import startup
from streams.worker.pacing import AdaptiveMax, AdaptiveWithin
from tests.unit.test_worker11 import take_loop

try:
    import uvloop
except ImportError:  # the worker falls back to asyncio's loop; the tests that need uvloop say so
    uvloop = None

needs_uvloop = pytest.mark.skipif(uvloop is None, reason="uvloop is not installed (pip install uvloop)")


@pytest.fixture(autouse=True)
def _default_policy() -> Iterator[None]:
    """Each test leaves asyncio's default loop policy behind, whatever it chose."""
    yield
    asyncio.set_event_loop_policy(None)


# --- the fill wait, read once per wait by either loop's call_later ------------------------------------------------


def test_fill_wait_moves_once_per_wait_through_either_loops_arithmetic() -> None:
    """asyncio adds the wait to its clock, uvloop compares it and multiplies it by 1000: each of those waits
    moves the state once, and uvloop's comparisons before its product move nothing."""
    take = AdaptiveMax(500, lo=32)
    within = AdaptiveWithin(take, 0.01, idle=0.5)
    assert not within < 0 and not within > 3e9 and within == 0.01  # uvloop's tests: no state moved
    assert take.fresh and take.value == 32
    assert round(within * 1000) == 10  # uvloop's first wait: records may be coming
    assert not within < 0 and within == 0.01
    assert round(within * 1000) == 500  # no take since: it ended empty, the topic is idle
    assert take.value == 1 and within == 0.5 and within > 0.1
    take.observe(1)
    assert 2.0 + within == 2.01  # asyncio's way reads the same state
    assert take.value == 32 and within == 0.01
    assert within != "0.01" and hash(within) == id(within)


@needs_uvloop
def test_faust_take_loop_on_uvloop_idles_and_hands_a_record_over_alone(tmp_path: Path) -> None:
    """On uvloop (whose ``call_later`` has no ``+``: before this branch it raised TypeError at the first wait)
    the take idles on long waits and a lone record is handed over at once, as on asyncio's loop
    (``test_worker11``'s test, same driver)."""
    idle_waits, idle_value, value_after, got, module = take_loop(tmp_path, uvloop.new_event_loop)
    assert module.startswith("uvloop")
    assert idle_value == 1 and idle_waits <= 4
    assert got == [1] and value_after == 32


# --- the loop choice: WIREFEED_LOOP ------------------------------------------------------------------------------


def _policy_loop_module() -> str:
    loop = asyncio.new_event_loop()
    try:
        return type(loop).__module__
    finally:
        loop.close()


@needs_uvloop
def test_auto_and_uvloop_choose_uvloop_where_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREFEED_LOOP", raising=False)
    assert startup.choose_loop(load()) == "uvloop"
    assert _policy_loop_module().startswith("uvloop")
    asyncio.set_event_loop_policy(None)
    monkeypatch.setenv("WIREFEED_LOOP", "UVloop ")
    assert startup.choose_loop(load()) == "uvloop"


def test_asyncio_is_chosen_on_request_and_where_uvloop_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREFEED_LOOP", "asyncio")
    assert startup.choose_loop(load()) == "asyncio"
    assert _policy_loop_module().startswith("asyncio")
    real = importlib.import_module

    def no_uvloop(name: str, *args: Any) -> Any:
        if name == "uvloop":
            raise ImportError("No module named 'uvloop'")
        return real(name, *args)

    monkeypatch.setattr(startup.importlib, "import_module", no_uvloop)
    monkeypatch.setenv("WIREFEED_LOOP", "")
    assert startup.choose_loop(load()) == "asyncio"  # auto: the fallback
    assert startup.choose_loop(Settings(loop="auto")) == "asyncio"
    assert _policy_loop_module().startswith("asyncio")
    with pytest.raises(ConfigError, match="needs the uvloop package"):
        startup.choose_loop(Settings(loop="uvloop"))  # asked for by name: a start-up error, not a silent fallback


def test_an_unknown_loop_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="WIREFEED_LOOP must be one of auto, uvloop, asyncio, got 'tokio'"):
        startup.choose_loop(Settings(loop="tokio"))


# --- the A/B tool's arms -------------------------------------------------------------------------------------------


def test_loop_ab_arms_and_their_order() -> None:
    assert parse_arm("uv=/a:/b,uvloop") == ("uv", {"PYTHONPATH": "/a:/b", "WIREFEED_LOOP": "uvloop"})
    assert parse_arm("main=/m") == ("main", {"PYTHONPATH": "/m"})
    with pytest.raises(Exception, match="NAME=PYTHONPATH"):
        parse_arm("=/m")
    assert [order(["a", "b"], r) for r in range(3)] == [["a", "b"], ["b", "a"], ["a", "b"]]
