"""Safe-by-default network exposure and secret handling (no broker needed).

Why: the metrics endpoint and Faust's web server would otherwise be reachable from the network, and
a password in a ``repr`` ends up in logs and tracebacks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.errors import ConfigError
from streams.settings import Settings, client_security_kwargs, load
from streams.worker.app import _credentials, create_app
from streams.worker.metrics import Metrics, serve

SECRET = "s3cret-7c0ffee"


def test_metrics_bind_loopback_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREFEED_METRICS_HOST", raising=False)
    s = load()
    assert s.metrics_host == "127.0.0.1"
    server = serve(Metrics.create(), host=s.metrics_host, port=0)
    try:
        assert server.server.server_address[0] == "127.0.0.1"
    finally:
        server.close()


def test_faust_web_server_is_disabled(tmp_path: Path) -> None:
    wiring = create_app(Settings(data_dir=tmp_path))
    assert wiring.app.conf.web_enabled is False


def test_password_not_in_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREFEED_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("WIREFEED_SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("WIREFEED_SASL_USERNAME", "wirefeed")
    monkeypatch.setenv("WIREFEED_SASL_PASSWORD", SECRET)
    s = load()
    assert s.sasl_password == SECRET
    assert SECRET not in repr(s)
    creds = _credentials(s)
    assert creds.mechanism.value == "SCRAM-SHA-256"
    assert SECRET not in repr(creds)
    kw = client_security_kwargs(s)
    assert kw["sasl_mechanism"] == "SCRAM-SHA-256" and kw["security_protocol"] == "SASL_PLAINTEXT"


def test_plaintext_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WIREFEED_SECURITY_PROTOCOL", "WIREFEED_SASL_MECHANISM", "WIREFEED_SASL_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    s = load()
    assert s.security_protocol == "PLAINTEXT"
    assert client_security_kwargs(s) == {}
    assert _credentials(s) is None


def test_guarantee_is_not_a_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """exactly_once was removed, not refused (docs/reliability.md, 'The guarantee'): the app always reads
    at least once; a leftover WIREFEED_GUARANTEE asking for more is one line, not a silent downgrade."""
    monkeypatch.delenv("WIREFEED_GUARANTEE", raising=False)
    assert not hasattr(load(), "processing_guarantee")
    assert create_app(Settings(data_dir=tmp_path)).app.conf.processing_guarantee.value == "at_least_once"
    monkeypatch.setenv("WIREFEED_GUARANTEE", "exactly_once")
    with pytest.raises(ConfigError, match="WIREFEED_GUARANTEE is gone"):
        load()
