"""Session 14 (rel14): the worker's shell reads like the core (docs/reliability.md, "Session 14: the shell reads
like the core"). ``WIREFEED_LOOP`` is read and checked with every other setting, not by the start-up code."""

from __future__ import annotations

import asyncio

import pytest

from streams.cli.main import main
from streams.errors import ConfigError
from streams.settings import LOOPS, Settings, load
from streams.worker import startup


@pytest.mark.parametrize(
    ("env", "loop"), [(None, "auto"), ("", "auto"), (" UVloop ", "uvloop"), ("asyncio", "asyncio")]
)
def test_the_loop_is_a_setting(monkeypatch: pytest.MonkeyPatch, env: str | None, loop: str) -> None:
    """Same name and values as lat13's variable (case and spaces forgiven, empty = auto)."""
    if env is None:
        monkeypatch.delenv("WIREFEED_LOOP", raising=False)
    else:
        monkeypatch.setenv("WIREFEED_LOOP", env)
    assert load().loop == loop
    assert loop in LOOPS


def test_a_bad_loop_fails_like_the_other_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same error as a bad WIREFEED_STORE: raised by ``load()``, before any verb runs."""
    monkeypatch.setenv("WIREFEED_STORE", "redis://")
    with pytest.raises(ConfigError) as store:
        load()
    monkeypatch.delenv("WIREFEED_STORE")
    monkeypatch.setenv("WIREFEED_LOOP", "tokio")
    with pytest.raises(ConfigError) as loop:
        load()
    assert str(store.value) == "WIREFEED_STORE must be one of memory://, rocksdb://, got 'redis://'"
    assert str(loop.value) == "WIREFEED_LOOP must be one of auto, uvloop, asyncio, got 'tokio'"


def test_the_worker_verb_stops_at_a_bad_loop_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wirefeed worker`` with a bad value: exit 2 and the settings' one line, before it looks for a broker
    (the broker here would refuse every connection)."""
    monkeypatch.setenv("WIREFEED_LOOP", "tokio")
    monkeypatch.setenv("WIREFEED_BROKER", "kafka://127.0.0.1:1")
    assert main(["worker"]) == 2
    err = capsys.readouterr().err
    assert err == "wirefeed: error: WIREFEED_LOOP must be one of auto, uvloop, asyncio, got 'tokio'\n"


def test_the_loop_comes_from_the_settings_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up code uses the Settings it is given: a variable set after ``load()`` changes nothing."""
    monkeypatch.setenv("WIREFEED_LOOP", "uvloop")
    try:
        assert startup.choose_loop(Settings(loop="asyncio")) == "asyncio"
        loop = asyncio.new_event_loop()
        assert type(loop).__module__.startswith("asyncio")
        loop.close()
    finally:
        asyncio.set_event_loop_policy(None)
