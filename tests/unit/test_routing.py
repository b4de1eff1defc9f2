"""Routing rules: the shipped config loads, conditions AND together, values OR, kills follow state."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.hashing import content_hash
from streams.core.plan import BatchDeduper
from streams.core.routing import RoutingConfigError, load_rules, parse_rules, route

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "deploy" / "routing.toml"


def art(**extra) -> dict:
    a = {
        "uri": "urn:antara:1",
        "type": "text",
        "version": "1",
        "pubStatus": "usable",
        "bodies": [{"role": "main", "value": "Harga beras naik di Jakarta pekan ini."}],
        "ext": {"provenance": {"provider": "antara"}},
    }
    a.update(extra)
    a["ext"]["contentHash"] = content_hash(a)
    return a


def test_default_config_routes_indonesian_articles() -> None:
    rules = load_rules(DEFAULT)
    assert "wire.articles.lang.id" in route(art(language="id"), rules)
    assert "wire.articles.lang.id" in route(art(language="id-ID"), rules)
    assert "wire.articles.lang.id" not in route(art(language="en"), rules)


def test_no_rule_no_extra_topic() -> None:
    assert route(art(language="id"), parse_rules({})) == []
    only_lang = parse_rules({"rule": [{"topic": "t.id", "languages": "id"}]})
    assert route(art(language="fr", ext={"provenance": {"provider": "afp"}}), only_lang) == []


def test_conditions_and_values() -> None:
    rules = parse_rules(
        {
            "rule": [
                {"name": "id-econ", "topic": "t.id.econ", "languages": ["id"], "subjects": ["medtop:04*"]},
                {"topic": "t.country", "countries": ["ID"]},
                {"topic": "t.reuters", "sources": ["Reuters"]},
                {"topic": "t.antara", "providers": ["antara"]},
                {"topic": "t.named", "subjects": ["economy, business and finance"]},
            ]
        }
    )
    econ = art(
        language="id",
        subjects=[{"uri": "medtop:04000000", "name": "economy, business and finance"}],
        infoSources=[{"name": "Reuters", "role": "originating"}],
    )
    econ["ext"]["countries"] = [{"code": "ID", "name": "Indonesia"}]
    assert route(econ, rules) == ["t.antara", "t.country", "t.id.econ", "t.named", "t.reuters"]
    plain = art(language="id")
    plain["ext"]["countries"] = ["MY"]
    assert route(plain, rules) == ["t.antara"]


@pytest.mark.parametrize(
    "bad",
    [
        {"rule": [{"languages": ["id"]}]},  # no topic
        {"rule": [{"topic": "bad topic!", "languages": ["id"]}]},  # illegal topic name
        {"rule": [{"topic": "t", "langs": ["id"]}]},  # unknown condition
        {"rule": [{"topic": "t", "languages": []}]},  # empty condition
        {"rules": []},  # unknown top-level key
    ],
)
def test_bad_config_fails_at_load(bad: dict) -> None:
    with pytest.raises(RoutingConfigError):
        parse_rules(bad)


def test_unparsable_file_fails_at_load(tmp_path: Path) -> None:
    path = tmp_path / "routing.toml"
    path.write_text("[[rule]\ntopic = ")
    with pytest.raises(RoutingConfigError):
        load_rules(path)


def test_kill_and_update_follow_the_article() -> None:
    rules = load_rules(DEFAULT)
    dd = BatchDeduper(router=lambda a, prev: route(a, rules, prev))
    first = dd.admit(art(language="id"), now=1.0)
    assert "wire.articles.lang.id" in first.topics
    # the kill carries no language and another provider: it still reaches every earlier topic
    kill = art(pubStatus="canceled", version="2", ext={"provenance": {"provider": "unknown"}})
    decided = dd.admit(kill, now=2.0)
    assert decided.status == "kill" and set(first.topics) <= set(decided.topics)
    assert decided.record["topics"] == list(first.topics)


def test_route_reads_each_condition_once_and_answers_as_each_rule_alone() -> None:
    """route() shares the article's values between rules: the same topics as asking every rule alone, and
    every value reader runs at most once per article."""
    import random
    from collections.abc import Callable, Iterator
    from typing import Any

    from streams.core import routing

    rnd = random.Random(17)
    conditions = {
        "languages": ["id", "en*", "ms"],
        "countries": ["id", "my", "s*"],
        "subjects": ["medtop:04*", "*politics*"],
        "providers": ["antara", "reu*"],
        "sources": ["reuters", "afp"],
        "types": ["text", "picture", "event"],
    }
    data: dict[str, list[dict[str, Any]]] = {"rule": []}
    for i in range(12):
        rule: dict[str, Any] = {"topic": f"t.{i}"}
        for key in rnd.sample(sorted(conditions), rnd.randint(0, 3)):
            rule[key] = rnd.sample(conditions[key], rnd.randint(1, 2))
        data["rule"].append(rule)
    rules = parse_rules(data)
    reads: list[str] = []
    readers = dict(routing._VALUES)

    def counted(name: str, reader: Callable[[dict[str, Any]], Iterator[str]]) -> Any:  # the readers' own type
        def read(article: dict[str, Any]) -> Iterator[str]:
            reads.append(name)
            return reader(article)

        return read

    for name, reader in readers.items():
        routing._VALUES[name] = counted(name, reader)
    try:
        for _ in range(300):
            article = art(
                type=rnd.choice(["text", "picture", "event"]),
                language=rnd.choice(["id", "en-GB", "ms", "de", ""]),
                subjects=[{"uri": rnd.choice(["medtop:04000000", "medtop:11000000"]), "name": "x politics"}],
                infoSources=[{"name": rnd.choice(["Reuters", "AFP", "dpa"])}],
            )
            article["ext"]["countries"] = rnd.sample(["ID", "MY", "SG", "US"], rnd.randint(0, 2))
            article["ext"]["provenance"]["provider"] = rnd.choice(["antara", "reuters", "ap"])
            reads.clear()
            expected = sorted({"prev"} | {rule.topic for rule in rules.rules if rule.matches(article)})
            reads.clear()
            assert route(article, rules, ["prev"]) == expected
            assert len(reads) == len(set(reads))  # each condition's values read at most once
    finally:
        routing._VALUES.update(readers)
