"""Issue 6 measure: a real broker, a worker and a real Prometheus server; every query of the Grafana
dashboard returns data after items (including duplicates and garbage) went through."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.settings import REPO_ROOT
from tests.integration.conftest import WorkerHandle, free_port, push_bytes, read_topic

pytestmark = pytest.mark.integration

DASHBOARD = REPO_ROOT / "deploy" / "grafana" / "dashboards" / "wirefeed.json"
ALERTS = REPO_ROOT / "deploy" / "prometheus" / "alerts.yml"


def _prometheus_binary() -> str:
    """Debian's prometheus; installed here when missing (the CI script installs it too)."""
    found = shutil.which("prometheus")
    if found is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "prometheus"], check=False, capture_output=True)
        found = shutil.which("prometheus")
    assert found, "prometheus is not installed and could not be installed (apt-get install prometheus)"
    return found


@pytest.fixture
def prometheus(tmp_path: Path, worker: WorkerHandle) -> Iterator[str]:
    port = free_port()
    config = tmp_path / "prometheus.yml"
    config.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        f"rule_files: ['{ALERTS}']\n"
        "scrape_configs:\n  - job_name: wirefeed\n    static_configs:\n"
        f"      - targets: ['127.0.0.1:{worker.env['WIREFEED_METRICS_PORT']}']\n")
    log = open(tmp_path / "prometheus.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([_prometheus_binary(), f"--config.file={config}",
                             f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                             f"--web.listen-address=127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/-/ready", timeout=1).read()
            break
        except OSError:
            assert proc.poll() is None, (tmp_path / "prometheus.log").read_text()
            time.sleep(0.3)
    else:
        raise AssertionError("prometheus did not become ready")
    yield url
    proc.terminate()
    proc.wait(20)


def _query(url: str, expr: str) -> list[Any]:
    q = urllib.parse.urlencode({"query": expr})
    with urllib.request.urlopen(f"{url}/api/v1/query?{q}", timeout=10) as resp:
        body = json.loads(resp.read())
    assert body["status"] == "success", body
    return list(body["data"]["result"])


def _dashboard_queries() -> list[tuple[str, str]]:
    board = json.loads(DASHBOARD.read_text())
    out = []
    for panel in board["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for var in ("job", "instance", "source", "format", "language", "stage", "topic"):
                expr = expr.replace(f"${var}", ".*")
            expr = expr.replace("$__rate_interval", "2m").replace("$__range", "10m")
            out.append((panel["title"], expr))
    return out


def test_every_dashboard_query_returns_data(worker: WorkerHandle, prometheus: str, corpus: Path) -> None:
    s = worker.settings
    seed = (corpus / "seed" / "000_af91a0d982ffc927.txt").read_bytes()
    samples = sorted(p for p in (REPO_ROOT / "samples").iterdir() if p.suffix != ".md")
    items = [(p.read_bytes(), {"filename": p.name, "source": "samples"}) for p in samples]
    items += [(seed, {"filename": "seed.txt", "source": "antara"}),
              (seed.replace(b"\n", b"\r\n"), {"filename": "seed-crlf.txt", "source": "antara"}),   # exact copy
              (seed.replace(b"pekan lalu", b"pekan lalu, menurut saksi mata"),                  # rewrite
               {"filename": "seed-rewrite.txt", "source": "antara"}),
              (b"\x00\x01\x02\xff" * 50, {"filename": "junk.bin", "source": "fuzz"})]
    push_bytes(s, items)
    read_topic(s, s.topic_deadletter, until=lambda rs: len(rs) >= 2)
    read_topic(s, s.topic_duplicates, until=lambda rs: len(rs) >= 1)
    time.sleep(15)   # a few scrapes, one lag sample (every 10 s), one commit
    failures = []
    for title, expr in _dashboard_queries():
        if not _query(prometheus, expr):
            failures.append(f"{title}: {expr}")
    print(f"\n[dashboard] {len(_dashboard_queries()) - len(failures)}/{len(_dashboard_queries())} queries with data")
    assert not failures, "queries without data:\n" + "\n".join(failures)
    rules = json.loads(urllib.request.urlopen(f"{prometheus}/api/v1/rules", timeout=10).read())
    groups = rules["data"]["groups"]
    assert groups and all(r["health"] == "ok" for g in groups for r in g["rules"]), groups
