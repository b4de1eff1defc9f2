"""Content routing: which extra topics an article is also published to.

Why a config file: desks subscribe to slices of the wire (a language, a country, a subject, one
agency) and those slices change more often than code. Rules live in one TOML file
(``deploy/routing.toml`` documents the format); :func:`load_rules` reads and validates it once,
:func:`route` is a pure function of the article and the rules.

A rule names a ``topic`` and any of the conditions ``languages``, ``countries``, ``subjects``,
``providers``, ``sources``, ``types`` (the ninjs ``type``: ``text``, ``picture``, ``video``, ``composite``,
``event`` ...; e.g. a photo desk's topic takes ``types = ["picture", "graphic"]``). Every condition the
rule states must match (AND); inside a condition one value is enough (OR). Values are case-insensitive
shell-style patterns (``medtop:04*``). A rule with no condition matches everything except event and
planning records: those go to ``wire.events`` and reach a routed topic only through a rule whose ``types``
names them (the article desk slices stay articles). No matching rule → no extra topic.

Kills and updates follow the article: the dedupe state stores the topics a uri was routed to
(``by_uri[uri].topics``) and :func:`route` takes them as ``previous``, so a kill reaches every topic
the story reached even when the kill itself carries no language or subjects.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.core.model import EVENT_TYPES, Article

CONDITIONS = ("languages", "countries", "subjects", "providers", "sources", "types")
_TOPIC = re.compile(r"^[A-Za-z0-9._-]{1,249}$")  # Kafka's legal topic names


class RoutingConfigError(ValueError):
    """The routing file is malformed (raised at load time, never while routing)."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    topic: str
    conditions: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]

    def matches(self, article: Article) -> bool:
        return self._matches(article, {})

    def _matches(self, article: Article, seen: dict[str, list[str]]) -> bool:
        """``matches`` with the article's values per condition kept in ``seen`` across the rules of one
        :func:`route` call (the value readers are pure: reading once per condition changes no answer)."""
        if article.get("type") in EVENT_TYPES and not any(cond == "types" for cond, _ in self.conditions):
            return False  # events/planning reach a routed topic only through a rule that names them
        for cond, patterns in self.conditions:
            values = seen.get(cond)
            if values is None:
                values = seen[cond] = list(_VALUES[cond](article))
            if not _any_match(patterns, values):
                return False
        return True


@dataclass(frozen=True, slots=True)
class Rules:
    rules: tuple[Rule, ...] = ()


def _any_match(patterns: tuple[re.Pattern[str], ...], values: Iterable[str]) -> bool:
    for value in values:
        for pattern in patterns:
            if pattern.match(value):
                return True
    return False


def _languages(article: Article) -> Iterator[str]:
    """The full tag and its primary subtag: a rule ``id`` matches ``id`` and ``id-ID``."""
    tag = str(article.get("language") or "").lower().replace("_", "-")
    if tag:
        yield tag
        yield tag.split("-", 1)[0]


def _countries(article: Article) -> Iterator[str]:
    """``ext.countries`` as codes or ``{code|iso2|name}`` objects (enrichment decides the shape)."""
    for country in (article.get("ext") or {}).get("countries") or ():
        if isinstance(country, str):
            yield country.lower()
        elif isinstance(country, Mapping):
            for key in ("code", "iso2", "alpha2", "name"):
                if country.get(key):
                    yield str(country[key]).lower()


def _named(items: Iterable[Any]) -> Iterator[str]:
    for item in items or ():
        if isinstance(item, Mapping):
            for key in ("uri", "name", "literal"):
                if item.get(key):
                    yield str(item[key]).lower()


def _subjects(article: Article) -> Iterator[str]:
    return _named(article.get("subjects") or ())


def _providers(article: Article) -> Iterator[str]:
    provider = ((article.get("ext") or {}).get("provenance") or {}).get("provider")
    if provider:
        yield str(provider).lower()


def _sources(article: Article) -> Iterator[str]:
    """The provider and every ``infoSources`` entry (originating agencies: Reuters via ANTARA ...)."""
    yield from _providers(article)
    yield from _named(article.get("infoSources") or ())


def _types(article: Article) -> Iterator[str]:
    """The ninjs ``type`` (an article without one is text)."""
    yield str(article.get("type") or "text").lower()


_VALUES = {
    "languages": _languages,
    "countries": _countries,
    "subjects": _subjects,
    "providers": _providers,
    "sources": _sources,
    "types": _types,
}


def _patterns(rule_name: str, key: str, raw: Any) -> tuple[re.Pattern[str], ...]:
    values = [raw] if isinstance(raw, str) else raw
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
        raise RoutingConfigError(f"rule {rule_name!r}: {key} must be a non-empty string or list of strings")
    return tuple(re.compile(fnmatch.translate(v.lower())) for v in values)


def parse_rules(data: Mapping[str, Any]) -> Rules:
    """Validate the parsed config (``{"rule": [{name?, topic, <conditions>...}, ...]}``)."""
    unknown = set(data) - {"rule"}
    if unknown:
        raise RoutingConfigError(f"unknown top-level keys: {sorted(unknown)}")
    rules = []
    for index, raw in enumerate(data.get("rule") or []):
        if not isinstance(raw, Mapping):
            raise RoutingConfigError(f"rule #{index} is not a table")
        name = str(raw.get("name") or f"rule-{index}")
        topic = raw.get("topic")
        if not isinstance(topic, str) or not _TOPIC.match(topic):
            raise RoutingConfigError(f"rule {name!r}: topic {topic!r} is not a valid Kafka topic name")
        extra = set(raw) - {"name", "topic", *CONDITIONS}
        if extra:
            raise RoutingConfigError(f"rule {name!r}: unknown keys {sorted(extra)}")
        conditions = tuple((key, _patterns(name, key, raw[key])) for key in CONDITIONS if key in raw)
        rules.append(Rule(name, topic, conditions))
    return Rules(tuple(rules))


def load_rules(path: str | Path) -> Rules:
    """Read and validate a TOML routing file; errors name the rule (fail at startup, not per item)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RoutingConfigError(f"{path}: {exc}") from None
    return parse_rules(data)


def route(article: Article, rules: Rules, previous: Iterable[str] = ()) -> list[str]:
    """Extra topics for ``article`` (sorted, unique): matching rules plus ``previous`` topics of its uri."""
    topics = set(previous)
    seen: dict[str, list[str]] = {}  # each condition's values read once for all the rules
    for rule in rules.rules:
        if rule._matches(article, seen):
            topics.add(rule.topic)
    return sorted(topics)
