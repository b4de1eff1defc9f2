"""Local brokers choose a free controller port (it was port + 1, so two brokers started at once could
collide) and a start that loses a bind race on a new storage retries with another port."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.localbroker import kafka as kafka_local


def test_controller_port_is_kept_with_the_storage(tmp_path: Path) -> None:
    b = kafka_local.Broker(port=19392, root=tmp_path)
    assert b.controller_port == 19393  # a folder made before the change
    (tmp_path / "controller.port").write_text("40001")
    assert b.controller_port == 40001


def test_a_bind_race_on_new_storage_retries_with_another_port(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    b = kafka_local.Broker(port=kafka_local.free_port(), root=tmp_path / "k")
    tried: list[int] = []

    def start_once(broker: kafka_local.Broker, timeout: float) -> str:
        tried.append(broker.controller_port)
        if len(tried) == 1:
            broker.data.mkdir(parents=True, exist_ok=True)
            (broker.data / "meta.properties").write_text("formatted with the lost port")
            raise kafka_local._BindRace("java.net.BindException: Address already in use")
        return "started"

    monkeypatch.setattr(kafka_local, "ensure_jars", lambda: kafka_local.JARS)
    monkeypatch.setattr(kafka_local, "_start_once", start_once)
    assert kafka_local.start(b) == "started"
    assert len(tried) == 2 and b.port not in tried
    assert (b.root / "controller.port").read_text() == str(tried[1])


def test_a_bind_race_on_existing_storage_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    b = kafka_local.Broker(port=kafka_local.free_port(), root=tmp_path / "k")
    b.data.mkdir(parents=True)
    (b.data / "meta.properties").write_text("x")
    (b.root / "controller.port").write_text("40002")

    def start_once(broker: kafka_local.Broker, timeout: float) -> str:
        raise kafka_local._BindRace("BindException")

    monkeypatch.setattr(kafka_local, "ensure_jars", lambda: kafka_local.JARS)
    monkeypatch.setattr(kafka_local, "_start_once", start_once)
    with pytest.raises(kafka_local.ServiceError, match="controller port 40002"):
        kafka_local.start(b)
