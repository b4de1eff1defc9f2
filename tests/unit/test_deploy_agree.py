"""The deployment files agree with each other and with the code (issue #18, item 6).

Why: the Dockerfile exposed Faust's web port although the app disables that server, Kubernetes ran
``wirefeed:0.1.0`` while compose built ``wirefeed:dev``, and compose created the dedupe and output topics with
four partitions where the worker declares one (the dedupe stage needs one global view).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def _compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def test_one_image_name_everywhere() -> None:
    version = _version()
    assert _compose()["services"]["worker"]["image"] == f"wirefeed:{version}"
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    image = next(i for i in kustomization["images"] if i["name"] == "wirefeed")
    assert image["newTag"] == version
    deployment = yaml.safe_load((DEPLOY / "k8s" / "deployment.yaml").read_text())
    containers = deployment["spec"]["template"]["spec"]["containers"]
    assert [c["image"] for c in containers] == ["wirefeed"]
    assert f"-t wirefeed:{version}" in (DEPLOY / "docker" / "Dockerfile").read_text()


def test_dockerfile_exposes_only_ports_that_listen() -> None:
    text = (DEPLOY / "docker" / "Dockerfile").read_text()
    exposed = {int(p) for line in re.findall(r"^EXPOSE (.+)$", text, re.M) for p in line.split()}
    assert exposed == {Settings().metrics_port}  # Faust's web server (6066) is off: web_enabled=False
    app_source = (ROOT / "streams" / "worker" / "app.py").read_text()
    assert "web_enabled=False" in app_source


def test_topic_names_agree_with_the_settings() -> None:
    d = Settings()
    want = {
        "WIREFEED_TOPIC_RAW": d.topic_raw,
        "WIREFEED_TOPIC_ARTICLES": d.topic_articles,
        "WIREFEED_TOPIC_DUPLICATES": d.topic_duplicates,
        "WIREFEED_TOPIC_DEADLETTER": d.topic_deadletter,
        "WIREFEED_TOPIC_DEDUPE": d.topic_dedupe,
        "WIREFEED_TOPIC_KILLS": d.topic_kills,
    }
    compose_env = _compose()["services"]["worker"]["environment"]
    configmap = yaml.safe_load((DEPLOY / "k8s" / "configmap.yaml").read_text())["data"]
    for name, topic in want.items():
        assert compose_env[name] == topic, name
        assert configmap[name] == topic, name
    assert compose_env["WIREFEED_PARTITIONS"] == configmap["WIREFEED_PARTITIONS"]
    assert compose_env["WIREFEED_METRICS_PORT"] == configmap["WIREFEED_METRICS_PORT"] == str(d.metrics_port)


def test_compose_and_k8s_create_topics_from_the_one_layout() -> None:
    """Issue 14: compose's kafka-init once created wire.dedupe with 4 partitions (17 of 30 rewrites linked
    with two workers, 30 of 30 on one partition). Now compose, k8s, the worker and push all create topics
    from streams/topology.py, and the broker creates none by itself."""
    compose = _compose()["services"]
    init = compose["kafka-init"]
    assert init["entrypoint"] == ["python", "-m", "streams.topology"] and init["command"] == ["--create"]
    assert init["image"] == compose["worker"]["image"]
    assert compose["kafka"]["environment"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    deployment = yaml.safe_load((DEPLOY / "k8s" / "deployment.yaml").read_text())
    inits = deployment["spec"]["template"]["spec"]["initContainers"]
    assert [c["command"] for c in inits] == [["python", "-m", "streams.topology", "--create"]]
    assert inits[0]["envFrom"] == deployment["spec"]["template"]["spec"]["containers"][0]["envFrom"]


def test_layout_gives_the_dedupe_view_one_partition() -> None:
    from streams.topology import layout

    s = Settings(partitions=4)
    specs = {spec.name: spec for spec in layout(s)}
    assert specs[s.topic_raw].partitions == 4 and not specs[s.topic_raw].exact
    assert specs[s.topic_dedupe].partitions == 1 and specs[s.topic_dedupe].exact
    changelogs = [spec for name, spec in specs.items() if name.endswith("-changelog")]
    assert len(changelogs) == 3 and all(spec.exact and spec.partitions == 1 for spec in changelogs)
    app_source = (ROOT / "streams" / "worker" / "app.py").read_text()
    for name in ("s.topic_dedupe", "s.topic_articles", "s.topic_duplicates", "s.topic_deadletter"):
        assert re.search(rf"app\.topic\(\s*{re.escape(name)},[^)]*partitions=1", app_source), name


def test_dashboard_counts_articles_once() -> None:
    """Every dashboard query on articles_published says which copies it counts."""
    import json

    board = json.loads((DEPLOY / "grafana" / "dashboards" / "wirefeed.json").read_text())
    exprs = [t["expr"] for p in board["panels"] for t in p.get("targets", [])]
    on_articles = [e for e in exprs if "wirefeed_articles_published_total" in e]
    assert on_articles
    for expr in on_articles:
        assert 'copy="primary"' in expr or 'copy="routed"' in expr, expr
    rules = (DEPLOY / "prometheus" / "alerts.yml").read_text()
    for line in rules.splitlines():
        if "wirefeed_articles_published_total" in line and "expr" in line:
            assert "copy=" in line, line
