"""SASL on a real broker: a second local Kafka with a SASL_PLAINTEXT listener (PLAIN and SCRAM-SHA-256).

Why: production clusters require SASL; these settings are otherwise only ever read, never exercised.
Checked: the CLI pushes and tails with the right credentials, fails with a clear error and a non-zero
exit with a wrong password, a worker processes an item end to end over SASL, and the password never
shows up in the worker log or in any CLI output or error.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest

from streams.localbroker import kafka as kafka_local
from streams.settings import REPO_ROOT
from tests.conftest import FIXTURES
from tests.contract import validate_article
from tests.integration.conftest import WorkerHandle, push_bytes, read_topic

pytestmark = pytest.mark.integration

USERS = (("admin", "admin-secret"), ("wirefeed", "wf-secret"))
USER, PASSWORD = USERS[1]
WRONG_PASSWORD = "wrong-pw-5d1e9a"
MECHANISMS = ("PLAIN", "SCRAM-SHA-256")
CLI_TIMEOUT_S = 60.0


@pytest.fixture(scope="module")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[kafka_local.Broker]:
    """A second broker, SASL_PLAINTEXT only (the test fails, never skips, if it cannot start)."""
    base = kafka_local.broker_for(kafka_local.free_port_pair(), tmp_path_factory.mktemp("kafka-sasl"))
    broker = dataclasses.replace(base, sasl_users=USERS, scram_mechanisms=("SCRAM-SHA-256",))
    t0 = time.monotonic()
    kafka_local.start(broker)
    print(f"\n[security] SASL broker ready on {broker.address} in {time.monotonic() - t0:.1f}s", flush=True)
    yield broker
    kafka_local.stop(broker)


def _sasl_env(broker: kafka_local.Broker, mechanism: str, password: str = PASSWORD) -> dict[str, str]:
    return {
        "WIREFEED_BROKER": f"kafka://{broker.address}",
        "WIREFEED_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "WIREFEED_SASL_MECHANISM": mechanism,
        "WIREFEED_SASL_USERNAME": USER,
        "WIREFEED_SASL_PASSWORD": password,
    }


def _cli(args: list[str], env: dict[str, str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run ``wirefeed <args>`` as a user would (a subprocess), with ``env`` on top of ours."""
    return subprocess.run(
        [sys.executable, "-m", "streams", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **env},
        cwd=REPO_ROOT,
        timeout=CLI_TIMEOUT_S,
        check=False,
    )


def _assert_no_secret(text: bytes | str, *secrets: str, where: str) -> None:
    data = text.encode() if isinstance(text, str) else text
    for secret in secrets:
        assert secret.encode() not in data, f"password {secret!r} leaked into {where}"


@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_push_and_tail_with_sasl(sasl_broker: kafka_local.Broker, mechanism: str) -> None:
    topic = f"sec-{mechanism.lower()}.raw"
    env = {**_sasl_env(sasl_broker, mechanism), "WIREFEED_TOPIC_RAW": topic}
    pushed = _cli(["push", "-", "--source", "test"], env, stdin=b"SASL works\n\nover " + mechanism.encode())
    assert pushed.returncode == 0, pushed.stderr.decode(errors="replace")
    assert b"pushed 1 item(s)" in pushed.stderr
    tailed = _cli(["tail", "--topic", topic, "--from-beginning", "-n", "1", "--timeout", "30"], env)
    assert tailed.returncode == 0, tailed.stderr.decode(errors="replace")
    assert b"SASL works" in tailed.stdout
    for proc in (pushed, tailed):
        _assert_no_secret(proc.stdout + proc.stderr, PASSWORD, where=f"CLI output ({mechanism})")


@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_wrong_password_fails_clearly(sasl_broker: kafka_local.Broker, mechanism: str) -> None:
    env = {**_sasl_env(sasl_broker, mechanism, WRONG_PASSWORD), "WIREFEED_TOPIC_RAW": "sec-wrong.raw"}
    t0 = time.monotonic()
    pushed = _cli(["push", "-"], env, stdin=b"must not arrive")
    elapsed = time.monotonic() - t0
    err = pushed.stderr.decode(errors="replace")
    assert pushed.returncode != 0, err
    assert "wirefeed: error:" in err, err
    assert "Authentication failed" in err, f"the cause is not named: {err}"
    assert elapsed < 30, f"a wrong password should fail fast, took {elapsed:.1f}s"
    _assert_no_secret(pushed.stdout + pushed.stderr, WRONG_PASSWORD, PASSWORD, where="CLI error output")
    audit = _cli(["audit", "--timeout", "5"], env)
    assert audit.returncode != 0
    _assert_no_secret(audit.stdout + audit.stderr, WRONG_PASSWORD, PASSWORD, where="audit error output")


def test_plaintext_client_is_refused_by_sasl_listener(sasl_broker: kafka_local.Broker) -> None:
    """A client that forgot WIREFEED_SECURITY_PROTOCOL does not get in (and says so, non-zero)."""
    env = {
        "WIREFEED_BROKER": f"kafka://{sasl_broker.address}",
        "WIREFEED_SECURITY_PROTOCOL": "PLAINTEXT",
        "WIREFEED_TOPIC_RAW": "sec-plain.raw",
    }
    pushed = _cli(["push", "-"], env, stdin=b"must not arrive")
    assert pushed.returncode != 0
    assert b"wirefeed: error:" in pushed.stderr


def test_worker_over_sasl_end_to_end(
    sasl_broker: kafka_local.Broker, worker_factory: Callable[..., WorkerHandle]
) -> None:
    w = worker_factory(WIREFEED_ROUTING="none", **_sasl_env(sasl_broker, "SCRAM-SHA-256"))
    assert w.settings.security_protocol == "SASL_PLAINTEXT"
    w.start()
    s = w.settings
    payload = (FIXTURES / "text" / "synthetic_antara.txt").read_bytes()
    assert push_bytes(s, [(payload, {"filename": "sasl-e2e.txt", "source": "antara"})]) == 1
    got = read_topic(s, s.topic_articles, until=lambda rs: bool(rs), timeout=120)
    assert len(got) == 1, w.log_tail()
    article = got[0]["value"]
    validate_article(article, published=True)
    assert article["ext"]["provenance"]["rawRef"]["filename"] == "sasl-e2e.txt"
    audit = _cli(["audit", "--timeout", "10"], dict(w.env))
    assert audit.returncode == 0, audit.stdout.decode() + audit.stderr.decode()
    w.stop()
    _assert_no_secret(audit.stdout + audit.stderr, PASSWORD, where="audit output")
    _assert_no_secret(w.log.read_bytes(), PASSWORD, where=f"worker log {w.log}")


def test_worker_with_wrong_password_exits_without_leaking(
    sasl_broker: kafka_local.Broker, worker_factory: Callable[..., WorkerHandle]
) -> None:
    w = worker_factory(**_sasl_env(sasl_broker, "SCRAM-SHA-256", WRONG_PASSWORD))
    w.start()
    assert w.proc is not None
    try:
        rc = w.proc.wait(90)
    except subprocess.TimeoutExpired:
        rc = None
    log = w.log.read_bytes()
    assert rc not in (None, 0), f"worker with a wrong password kept running (rc={rc}):\n{w.log_tail()}"
    assert b"Authentication failed" in log or b"SaslAuthenticationFailed" in log, w.log_tail()
    _assert_no_secret(log, WRONG_PASSWORD, PASSWORD, where=f"worker log {w.log}")
