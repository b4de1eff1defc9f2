"""Issue 6 measure: a real broker, a worker and a real Prometheus server; every query of the Grafana
dashboard returns data after items (including duplicates and garbage) went through."""

from __future__ import annotations

import json
import re
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
        f"      - targets: ['127.0.0.1:{worker.env['WIREFEED_METRICS_PORT']}']\n"
    )
    log = open(tmp_path / "prometheus.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            _prometheus_binary(),
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
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
    items += [
        (seed, {"filename": "seed.txt", "source": "antara"}),
        (seed.replace(b"\n", b"\r\n"), {"filename": "seed-crlf.txt", "source": "antara"}),  # exact copy
        (
            seed.replace(b"pekan lalu", b"pekan lalu, menurut saksi mata"),  # rewrite
            {"filename": "seed-rewrite.txt", "source": "antara"},
        ),
        (b"\x00\x01\x02\xff" * 50, {"filename": "junk.bin", "source": "fuzz"}),
    ]
    push_bytes(s, items)
    read_topic(s, s.topic_deadletter, until=lambda rs: len(rs) >= 2)
    read_topic(s, s.topic_duplicates, until=lambda rs: len(rs) >= 1)
    time.sleep(15)  # a few scrapes, one lag sample (every 10 s), one commit
    failures = []
    for title, expr in _dashboard_queries():
        if not _query(prometheus, expr):
            failures.append(f"{title}: {expr}")
    print(f"\n[dashboard] {len(_dashboard_queries()) - len(failures)}/{len(_dashboard_queries())} queries with data")
    assert not failures, "queries without data:\n" + "\n".join(failures)
    rules = json.loads(urllib.request.urlopen(f"{prometheus}/api/v1/rules", timeout=10).read())
    groups = rules["data"]["groups"]
    assert groups and all(r["health"] == "ok" for g in groups for r in g["rules"]), groups


def _as_totals(expr: str) -> str:
    """A panel's query over counter totals instead of rates: the worker started from zero, so the totals
    are exact and can be compared with what is on the topics (rates and increases are extrapolated)."""
    expr = re.sub(r"(?:rate|increase)\((\w+\{[^}]*\})\[\$__(?:rate_interval|range)\]\)", r"\1", expr)
    for var in ("job", "instance", "source", "format", "language", "stage", "topic"):
        expr = expr.replace(f"${var}", ".*")
    return expr


def _panel(title: str) -> list[tuple[str, str]]:
    board = json.loads(DASHBOARD.read_text())
    panel = next(p for p in board["panels"] if p["title"] == title)
    return [(t.get("legendFormat", ""), _as_totals(t["expr"])) for t in panel["targets"]]


def _values(url: str, expr: str, label: str | None = None) -> dict[str, float]:
    return {(r["metric"].get(label, "") if label else ""): float(r["value"][1]) for r in _query(url, expr)}


def test_panels_count_the_truth(worker: WorkerHandle, prometheus: str, corpus: Path) -> None:
    """Issue #18 measure: every counting panel equals what is on the topics for a known mix (with routing on,
    8 items in used to show as 21 articles out against 7 published)."""
    s = worker.settings
    seed = (corpus / "seed" / "000_af91a0d982ffc927.txt").read_bytes()
    samples = sorted(p for p in (REPO_ROOT / "samples").iterdir() if p.suffix != ".md")
    items = [(p.read_bytes(), {"filename": p.name, "source": "samples"}) for p in samples]
    items += [
        (seed, {"filename": "seed.txt", "source": "antara"}),
        (seed.replace(b"\n", b"\r\n"), {"filename": "seed-crlf.txt", "source": "antara"}),
        (
            seed.replace(b"pekan lalu", b"pekan lalu, menurut saksi mata"),
            {"filename": "seed-rewrite.txt", "source": "antara"},
        ),
        (b"\x00\x01\x02\xff" * 50, {"filename": "junk.bin", "source": "fuzz"}),
    ]
    push_bytes(s, items)
    n = len(items)

    def mine(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in records if r["headers"].get("raw-topic") == s.topic_raw]

    def outputs() -> tuple[list[Any], list[Any], list[Any]]:
        return (
            read_topic(s, s.topic_articles, until=lambda rs: True, timeout=5),
            read_topic(s, s.topic_duplicates, until=lambda rs: True, timeout=5),
            read_topic(s, s.topic_deadletter, until=lambda rs: True, timeout=5),
        )

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        articles, dups, dead = outputs()
        if len(articles) + len(dups) + len(dead) >= n:
            break
        time.sleep(1)
    assert len(articles) + len(dups) + len(dead) == n, (len(articles), len(dups), len(dead), worker.log_tail())
    from streams.settings import routing_rules

    routed: dict[str, int] = {}
    for rule in routing_rules(s).rules:
        got = mine(read_topic(s, rule.topic, until=lambda rs: True, timeout=5)) if rule.topic not in routed else []
        if got:
            routed[rule.topic] = len(got)
    assert routed, "the mix should produce routed copies (deploy/routing.toml)"
    time.sleep(4)  # a few scrapes after the last output

    by_language: dict[str, float] = {}
    countries: dict[str, float] = {}
    near = 0
    for a in articles:
        v = a["value"]
        by_language[v.get("language") or "unknown"] = by_language.get(v.get("language") or "unknown", 0) + 1
        for code in v["ext"].get("countries", ()):
            countries[code] = countries.get(code, 0) + 1
        near += bool(v["ext"].get("dedupe", {}).get("nearDuplicateOf"))
    kinds: dict[str, float] = {}
    for d in dups:
        kinds[d["value"]["kind"]] = kinds.get(d["value"]["kind"], 0) + 1
    if near:
        kinds["near"] = kinds.get("near", 0) + near
    reasons: dict[str, float] = {}
    for d in dead:
        reasons[d["value"]["error"]["reason"]] = reasons.get(d["value"]["error"]["reason"], 0) + 1
    sources: dict[str, float] = {}
    for _payload, headers in items:
        sources[headers["source"]] = sources.get(headers["source"], 0) + 1

    def one(title: str, legend: str | None = None) -> float:
        exprs = [e for lg, e in _panel(title) if legend is None or lg == legend]
        return sum(_values(prometheus, exprs[0]).values())

    checks = {
        "Items in /s": (one("Items in /s"), n),
        "Articles out /s": (one("Articles out /s"), len(articles)),
        "Dead-letter ratio": (round(one("Dead-letter ratio"), 6), round(len(dead) / n, 6)),
        "In vs out: in": (one("In vs out", "in: raw items"), n),
        "In vs out: articles": (one("In vs out", "out: articles published"), len(articles)),
        "In vs out: duplicates": (one("In vs out", "out: duplicates dropped"), len(dups)),
        "In vs out: dead letters": (one("In vs out", "out: dead letters"), len(dead)),
    }
    grouped = {
        "Items in by source": ("source", sources),
        "Articles out by language": ("language", by_language),
        "Routed copies by topic": ("topic", {k: float(v) for k, v in routed.items()}),
        "Duplicates by kind": ("kind", kinds),
        "Dead letters by reason": ("reason", reasons),
        "Top countries (selected range)": ("country", countries),
    }
    for title, (label, truth) in grouped.items():
        got = {k: v for k, v in _values(prometheus, _panel(title)[0][1], label).items() if v}
        checks[title] = (got, {k: float(v) for k, v in truth.items() if v})
    wrong = {k: v for k, v in checks.items() if v[0] != v[1]}
    print(
        f"\n[dashboard] {len(checks) - len(wrong)}/{len(checks)} panels equal the truth; "
        f"{n} in, {len(articles)} articles, {sum(routed.values())} routed copies"
    )
    assert not wrong, "panel (dashboard, truth):\n" + "\n".join(f"{k}: {v}" for k, v in wrong.items())
    # in vs out balances: every raw item became exactly one article, dropped duplicate or dead letter
    assert len(articles) + len(dups) + len(dead) == n
