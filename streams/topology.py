"""The topics wirefeed needs and the layout its decisions depend on, in one place.

Everyone creates topics from :func:`layout`: the worker and ``wirefeed push``/``demo`` before
anything is pushed (:func:`ensure`), ``wirefeed topics --create`` for compose's ``kafka-init`` and the
k8s Job. A broker that auto-creates a topic on first write gives it ``num.partitions`` (1 on a
default broker), so ``wire.raw`` pushed to before the worker started had one partition whatever
``WIREFEED_PARTITIONS`` said, and compose once created ``wire.dedupe`` with 4.

``exact`` topics must have exactly their partition count: the dedupe stage needs one global view
(``wire.dedupe`` and the table changelogs have one partition; a second would split exact, version
and near-duplicate decisions). :func:`problems` lists every mismatch, and the worker refuses to start
on one with a line naming the fix.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from streams.errors import ConfigError
from streams.settings import Settings

TABLES = ("hashes", "uris", "origins")  # streams.worker.app: the dedupe tables, one changelog each


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    exact: bool  # must have exactly ``partitions`` (else: at least one, any count works)
    role: str
    config: dict[str, str] = field(default_factory=dict)


def changelog(s: Settings, table: str) -> str:
    """Faust's changelog topic of a dedupe table (``{app id}-dedupe-{name}-changelog``)."""
    return f"{s.app_id}-dedupe-{table}-changelog"


def layout(s: Settings, routed: Iterable[str] = ()) -> list[TopicSpec]:
    """Every topic of the pipeline with its partition count."""
    specs = [
        TopicSpec(s.topic_raw, s.partitions, False, "raw items in; partitions bound the ingest workers"),
        TopicSpec(s.topic_dedupe, 1, True, "internal stage topic: one global dedupe view"),
    ]
    specs += [
        TopicSpec(changelog(s, t), 1, True, f"changelog of the dedupe table {t}", {"cleanup.policy": "compact"})
        for t in TABLES
    ]
    outputs = [s.topic_articles, s.topic_events, s.topic_duplicates, s.topic_deadletter, s.topic_kills, *routed]
    specs += [TopicSpec(t, 1, False, "output") for t in dict.fromkeys(outputs)]
    return specs


async def describe(s: Settings) -> dict[str, int]:
    """Partition count of every topic on the cluster (asking for all topics creates none)."""
    from streams.client import _learn_topics, consumer_for

    async with consumer_for(s, "topic layout") as consumer:
        await _learn_topics(consumer)
        cluster = consumer._client.cluster
        return {t: len(cluster.partitions_for_topic(t) or ()) for t in cluster.topics()}


def problems(specs: Iterable[TopicSpec], existing: dict[str, int]) -> list[str]:
    """Existing topics whose partition count breaks an ``exact`` spec, one phrase each."""
    return [
        f"{spec.name} has {existing[spec.name]} partitions, the {spec.role} needs {spec.partitions}"
        for spec in specs
        if spec.exact and spec.name in existing and existing[spec.name] != spec.partitions
    ]


def fix_hint(s: Settings) -> str:
    return (
        "point WIREFEED_TOPIC_DEDUPE (the stage topic) or WIREFEED_APP_ID (the tables, now "
        f"{s.app_id}) at a fresh name and create it with `python -m streams.topology --create` "
        "(drain the old stage topic first: its unread records are raw items not yet decided)"
    )


async def create(s: Settings, specs: Iterable[TopicSpec], existing: dict[str, int]) -> list[TopicSpec]:
    """Create the specs that do not exist yet; the ones created (a race with another creator is fine)."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    from streams.settings import client_security_kwargs

    missing = [spec for spec in specs if spec.name not in existing]
    if not missing:
        return []
    admin = AIOKafkaAdminClient(bootstrap_servers=s.bootstrap_servers, **client_security_kwargs(s))  # type: ignore[arg-type]
    await admin.start()
    try:
        created = []
        for spec in missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                resp = await admin.create_topics([NewTopic(spec.name, spec.partitions, 1, topic_configs=spec.config)])
                for _name, code, *_rest in getattr(resp, "topic_errors", ()):
                    if code not in (0, 36):  # 36: TOPIC_ALREADY_EXISTS
                        raise ConfigError(f"cannot create topic {spec.name}: Kafka error code {code}")
                created.append(spec)
        return created
    finally:
        await admin.close()


async def ensure(
    s: Settings, routed: Iterable[str] = (), *, only: Iterable[str] | None = None, check: bool = True
) -> list[TopicSpec]:
    """Create what is missing (all of :func:`layout`, or the names in ``only``) and, with ``check``,
    raise ``ConfigError`` naming the fix when an existing topic has a layout the decisions cannot use."""
    specs = layout(s, routed)
    if only is not None:
        wanted = set(only)
        specs = [spec for spec in specs if spec.name in wanted]
    existing = await describe(s)
    if check:
        bad = problems(layout(s, routed), existing)
        if bad:
            raise ConfigError(f"topic layout: {'; '.join(bad)}: {fix_hint(s)}")
    return await create(s, specs, existing)


async def ensure_raw(s: Settings) -> int:
    """``wire.raw`` exists before anything is pushed (created with ``WIREFEED_PARTITIONS``); its count."""
    await ensure(s, only=[s.topic_raw], check=False)
    return (await describe(s)).get(s.topic_raw, 0)


def main(argv: list[str] | None = None) -> int:
    """``python -m streams.topology [--create]``: the layout against the cluster (compose/k8s init step)."""
    import argparse
    import asyncio

    from streams.errors import WirefeedError
    from streams.settings import load, routing_rules

    parser = argparse.ArgumentParser(prog="python -m streams.topology", description=main.__doc__)
    parser.add_argument("--create", action="store_true", help="create the missing topics (WIREFEED_* settings)")
    args = parser.parse_args(argv)
    try:
        s = load()
        routed = [rule.topic for rule in routing_rules(s).rules]
        specs = layout(s, routed)
        created = asyncio.run(ensure(s, routed)) if args.create else []
        existing = asyncio.run(describe(s))
    except WirefeedError as exc:
        print(f"topology: error: {exc}", file=sys.stderr)
        return 2
    for spec in specs:
        have = existing.get(spec.name)
        state = "missing" if have is None else f"{have} partition(s)"
        mark = " (created)" if spec in created else ""
        wants = f"{'exactly ' if spec.exact else ''}{spec.partitions}"
        print(f"{spec.name:<40} {state:<16} wants {wants}: {spec.role}{mark}")
    bad = problems(specs, existing)
    for line in bad:
        print(f"topology: error: {line}: {fix_hint(s)}", file=sys.stderr)
    return 1 if bad or (not args.create and any(spec.name not in existing for spec in specs)) else 0


if __name__ == "__main__":
    sys.exit(main())
