"""Static checks of the deployment files: compose, Dockerfile, Prometheus rules, Grafana dashboard, kustomize.

Why: these files are not exercised by the Python suite, and they drift silently (a renamed metric leaves a
dashboard panel empty and an alert that can never fire). promtool is required: CI installs it, and a missing
binary fails loudly here instead of skipping.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from streams.worker.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = DEPLOY / "docker" / "Dockerfile"
PROM = DEPLOY / "prometheus"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "wirefeed.json"
K8S = DEPLOY / "k8s"

# PromQL words that look like identifiers but are not metric names.
PROMQL_KEYWORDS = {
    "and",
    "or",
    "unless",
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "offset",
    "bool",
    "inf",
    "nan",
}
# Series that exist without our registry: Prometheus' own per-target series.
BUILTIN_SERIES = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}


# --- helpers -----------------------------------------------------------------------------------------------


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool not found on PATH: install Prometheus (apt-get install prometheus); CI does")
    return path


def run_promtool(*args: str) -> str:
    proc = subprocess.run([promtool(), *args], capture_output=True, text=True, timeout=120, cwd=ROOT)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"promtool {' '.join(args)} failed:\n{out}"
    return out


def registry_series() -> set[str]:
    """Every sample name our registry (plus Faust's sensors on it) can expose, whether observed yet or not."""
    from faust.sensors.prometheus import FaustMetrics

    reg = CollectorRegistry()
    Metrics.create(reg)
    FaustMetrics.create(reg, "faust")  # the same prefix attach_faust_sensors uses
    suffixes = {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "summary": ("", "_sum", "_count", "_created"),
        "info": ("_info",),
        "gauge": ("",),
    }
    names: set[str] = set()
    for family in reg.collect():
        names.update(family.name + s for s in suffixes.get(family.type, ("",)))
    return names


def metric_names(expr: str) -> set[str]:
    """Metric names referenced by a PromQL expression (strings, matchers, ranges and grouping removed)."""
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    s = re.sub(r"\{[^}]*\}", " ", s)
    s = re.sub(r"\[[^\]]*\]", " ", s)
    s = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)
    s = re.sub(r"\boffset\s+-?\w+", " ", s)
    s = re.sub(r"\$\{?\w+\}?", " ", s)
    found = set()
    for m in re.finditer(r"(?<![\w.:])[A-Za-z_:][\w:]*", s):
        word = m.group(0)
        if word.lower() in PROMQL_KEYWORDS or s[m.end() :].lstrip().startswith("("):
            continue  # keyword or function call
        found.add(word)
    return found


def templated_matchers(expr: str) -> Iterator[tuple[str, str, str]]:
    """(label, operator, value) for every label matcher whose value uses a dashboard variable."""
    for m in re.finditer(r'([A-Za-z_]\w*)\s*(=~|!~|!=|=)\s*"([^"]*)"', expr):
        if "$" in m.group(3):
            yield m.group(1), m.group(2), m.group(3)


def load_dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def panel_exprs(dash: dict[str, Any]) -> Iterator[tuple[str, str]]:
    def walk(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for p in panels:
            yield p
            yield from walk(p.get("panels", []))

    for panel in walk(dash["panels"]):
        for target in panel.get("targets", []):
            yield panel["title"], target["expr"]


def variable_queries(dash: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for v in dash["templating"]["list"]:
        if v["type"] == "query":
            q = v["query"]["query"] if isinstance(v["query"], dict) else v["query"]
            yield v["name"], q


def substitute_grafana(expr: str) -> str:
    """Grafana's macros and variables replaced by what they expand to, so promtool can parse the result."""
    expr = expr.replace("$__rate_interval", "1m").replace("$__range", "1h").replace("$__interval", "1m")
    return re.sub(r"\$\{?\w+\}?", ".*", expr)


@pytest.fixture(scope="module")
def known_series() -> set[str]:
    return registry_series()


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# --- docker compose and Dockerfile -------------------------------------------------------------------------


def test_compose_has_the_services(compose: dict[str, Any]) -> None:
    assert {"kafka", "worker", "prometheus", "grafana"} <= set(compose["services"])


def test_compose_images_are_pinned(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        image = svc.get("image")
        if image is None:
            assert "build" in svc, f"{name}: neither image nor build"
            continue
        repo, _, tag = image.rpartition(":")
        assert repo and tag and "/" not in tag, f"{name}: image {image!r} has no tag"
        assert tag != "latest", f"{name}: image {image!r} is not pinned"
    assert compose["services"]["kafka"]["image"] == "apache/kafka:4.1.1"


def test_compose_kafka_is_kraft_with_an_internal_listener(compose: dict[str, Any]) -> None:
    env = compose["services"]["kafka"]["environment"]
    assert str(env["KAFKA_NODE_ID"]) == "1"
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "INTERNAL://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    assert "CONTROLLER" in env["KAFKA_LISTENERS"]


def test_compose_worker_is_built_and_configured(compose: dict[str, Any]) -> None:
    worker = compose["services"]["worker"]
    build = worker["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    env = worker["environment"]
    assert env["WIREFEED_BROKER"] == "kafka://kafka:9092"
    assert env["WIREFEED_METRICS_HOST"] == "0.0.0.0"
    assert env["WIREFEED_METRICS_PORT"] == "9108"
    # Prometheus discovers the replicas on that port.
    prom = yaml.safe_load((PROM / "prometheus.yml").read_text(encoding="utf-8"))
    job = next(j for j in prom["scrape_configs"] if j["job_name"] == "wirefeed")
    assert job["dns_sd_configs"][0]["names"] == ["worker"]
    assert str(job["dns_sd_configs"][0]["port"]) == env["WIREFEED_METRICS_PORT"]


def test_compose_ports_are_listed(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name, port in (("kafka", "9092"), ("prometheus", "9090"), ("grafana", "3000")):
        assert any(str(p).split(":")[-2] == port for p in services[name]["ports"]), name
    assert "9108" in [str(p) for p in services["worker"]["expose"]]


def test_compose_mounted_host_paths_exist(compose: dict[str, Any]) -> None:
    named = set(compose.get("volumes") or {})
    mounts = 0
    for name, svc in compose["services"].items():
        for vol in svc.get("volumes", []):
            source = vol.split(":", 1)[0] if isinstance(vol, str) else vol["source"]
            if source in named:
                continue
            assert source.startswith(("./", "/")), f"{name}: {source!r} is neither a path nor a named volume"
            assert (ROOT / source).exists(), f"{name}: mounted path {source} does not exist"
            mounts += 1
    assert mounts >= 4


def test_dockerfile() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM \$\{PYTHON_IMAGE\} AS builder", text, re.M)
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in text
    assert "pip wheel" in text
    assert re.search(r"^USER 10001", text, re.M), "runtime must not run as root"
    assert 'ENTRYPOINT ["wirefeed"]' in text
    assert 'CMD ["worker"]' in text
    assert (DOCKERFILE.parent / "Dockerfile.dockerignore").is_file()


# --- Prometheus --------------------------------------------------------------------------------------------


def test_promtool_check_config() -> None:
    out = run_promtool("check", "config", str(PROM / "prometheus.yml"))
    assert "SUCCESS" in out


def test_promtool_check_rules() -> None:
    out = run_promtool("check", "rules", str(PROM / "alerts.yml"))
    assert "SUCCESS" in out


def test_promtool_rule_unit_tests() -> None:
    out = run_promtool("test", "rules", str(PROM / "alerts_test.yml"))
    assert "SUCCESS" in out


def test_alerts_required_and_use_known_metrics(known_series: set[str]) -> None:
    rules = yaml.safe_load((PROM / "alerts.yml").read_text(encoding="utf-8"))
    alerts, records = {}, set()
    for group in rules["groups"]:
        for rule in group["rules"]:
            if "alert" in rule:
                alerts[rule["alert"]] = rule
            else:
                records.add(rule["record"])
    assert {
        "WirefeedWorkerDown",
        "WirefeedConsumerLagGrowing",
        "WirefeedSourceSilent",
        "WirefeedDeadLetterRatioHigh",
        "WirefeedEndToEndP99High",
    } <= set(alerts)
    assert alerts["WirefeedWorkerDown"]["for"] == "2m"
    for name, rule in [*alerts.items(), *((r, {"expr": ""}) for r in records)]:
        unknown = metric_names(rule["expr"]) - known_series - BUILTIN_SERIES - records
        assert not unknown, f"{name} uses unknown metrics {unknown}"


# --- Grafana -----------------------------------------------------------------------------------------------


def test_dashboard_parses_and_has_the_panels() -> None:
    dash = load_dashboard()
    assert dash["uid"] == "wirefeed-overview"
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids))
    titles = " | ".join(p["title"].lower() for p in dash["panels"])
    for needle in (
        "by source",
        "by language",
        "end-to-end",
        "per-stage",
        "duplicates by kind",
        "dead letters by reason",
        "consumer lag",
        "top countries",
    ):
        assert needle in titles, needle
    exprs = " ".join(e for _, e in panel_exprs(dash))
    assert "topk(" in exprs and "wirefeed_countries_total" in exprs
    for q in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({q}, sum by (le) (rate(wirefeed_end_to_end_seconds_bucket" in exprs
        assert f"histogram_quantile({q}, sum by (le, stage) (rate(wirefeed_stage_seconds_bucket" in exprs


def test_dashboard_uses_only_defined_metrics(known_series: set[str]) -> None:
    dash = load_dashboard()
    for title, expr in panel_exprs(dash):
        unknown = metric_names(expr) - known_series - BUILTIN_SERIES
        assert not unknown, f"panel {title!r} uses metrics not defined in streams/worker/metrics.py: {unknown}"
    for name, query in variable_queries(dash):
        m = re.match(r"label_values\(\s*([A-Za-z_:][\w:]*)", query)
        assert m, f"variable {name}: expected label_values(metric, label), got {query!r}"
        assert m.group(1) in known_series, f"variable {name} queries unknown metric {m.group(1)}"


def test_dashboard_templated_matchers_use_regex() -> None:
    """With "All" selected the variable expands to .*, which only a regex matcher accepts."""
    dash = load_dashboard()
    exprs = [*panel_exprs(dash), *variable_queries(dash)]
    checked = 0
    for where, expr in exprs:
        for label, op, value in templated_matchers(expr):
            assert op == "=~", f"{where}: {label}{op}{value!r} must use =~"
            checked += 1
    assert checked > 20
    for v in dash["templating"]["list"]:
        if v.get("includeAll"):
            assert v.get("allValue") == ".*", v["name"]
            assert v.get("multi") is True, v["name"]


def test_dashboard_variables() -> None:
    names = {v["name"] for v in load_dashboard()["templating"]["list"]}
    assert {"datasource", "source", "language", "stage"} <= names


def test_dashboard_panels_use_the_datasource_variable() -> None:
    for panel in load_dashboard()["panels"]:
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]


def test_dashboard_queries_are_valid_promql(tmp_path: Path) -> None:
    """promtool parses every panel expression (with Grafana's variables expanded) as a recording rule."""
    dash = load_dashboard()
    rules = [
        {"record": f"dashboard:expr_{i}", "expr": substitute_grafana(expr)}
        for i, (_, expr) in enumerate(panel_exprs(dash))
    ]
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}), encoding="utf-8")
    run_promtool("check", "rules", str(path))


def test_grafana_provisioning_points_at_the_mounts(compose: dict[str, Any]) -> None:
    ds = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text("utf-8"))
    assert ds["datasources"][0]["type"] == "prometheus"
    assert ds["datasources"][0]["url"] == "http://prometheus:9090"
    prov = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/wirefeed.yml").read_text("utf-8"))
    path = prov["providers"][0]["options"]["path"]
    assert f"./deploy/grafana/dashboards:{path}:ro" in compose["services"]["grafana"]["volumes"]


# --- Kubernetes --------------------------------------------------------------------------------------------


def k8s_docs(name: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all((K8S / name).read_text(encoding="utf-8")) if d]


def test_kustomization_resources_exist() -> None:
    kust = k8s_docs("kustomization.yaml")[0]
    for res in kust["resources"]:
        assert (K8S / res).is_file(), res
    assert (K8S / "servicemonitor.yaml").is_file()


def test_k8s_worker_deployment() -> None:
    config = k8s_docs("configmap.yaml")[0]["data"]
    assert all(k.startswith("WIREFEED_") for k in config)
    dep = k8s_docs("deployment.yaml")[0]
    assert dep["spec"]["replicas"] <= int(config["WIREFEED_PARTITIONS"])
    pod = dep["spec"]["template"]
    assert pod["metadata"]["annotations"]["prometheus.io/scrape"] == "true"
    assert pod["metadata"]["annotations"]["prometheus.io/port"] == config["WIREFEED_METRICS_PORT"]
    container = pod["spec"]["containers"][0]
    config_name = k8s_docs("configmap.yaml")[0]["metadata"]["name"]
    assert container["envFrom"][0]["configMapRef"]["name"] == config_name
    assert {"name": "metrics", "containerPort": 9108, "protocol": "TCP"} in container["ports"]
    assert container["livenessProbe"]["httpGet"]["port"] == "metrics"
    assert container["resources"]["requests"] == {"cpu": "500m", "memory": "512Mi"}
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    svc = k8s_docs("service.yaml")[0]
    assert svc["metadata"]["name"] == "wirefeed"  # = Prometheus job label the alerts select on
    assert svc["spec"]["ports"][0]["name"] == "metrics"
    mon = k8s_docs("servicemonitor.yaml")[0]
    assert mon["apiVersion"] == "monitoring.coreos.com/v1"
    assert mon["spec"]["endpoints"][0]["port"] == "metrics"


def test_kustomize_builds() -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl not installed (optional)")
    proc = subprocess.run([kubectl, "kustomize", str(K8S)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    kinds = [d["kind"] for d in yaml.safe_load_all(proc.stdout) if d]
    assert sorted(kinds) == ["ConfigMap", "Deployment", "Service"]


# --- the helpers themselves --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "names"),
    [
        (
            'sum by (source) (rate(wirefeed_items_received_total{source=~"$source"}[$__rate_interval]))',
            {"wirefeed_items_received_total"},
        ),
        ("histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m]))) > 5", {"x_bucket"}),
        ("a / on (job) b unless c offset 1d and up == 0", {"a", "b", "c", "up"}),
        ("topk(10, sum by (country) (increase(m[$__range])))", {"m"}),
        ("1e-05 + 2.5", set()),
    ],
)
def test_metric_names_extractor(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names
