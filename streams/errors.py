"""The project's error hierarchy.

Every error wirefeed raises on purpose derives from :class:`WirefeedError`, so callers
can catch "ours" without catching programming errors.

    WirefeedError
    ├── ConfigError          bad settings / environment
    ├── ItemError            one raw item cannot become an article (carries a stable ``reason`` code)
    │   └── ParseError       a parser rejected the bytes
    └── ServiceError         a service we need (broker, java, mvn, prometheus) is missing or down
        ├── TopicMissing     a topic asked for does not exist (``streams.client``: reading never creates one)
        ├── ReadIncomplete   a read to the end offsets ran out of time first (``streams.client.records``)
        └── _BindRace        the local broker lost a port at start-up, retried (``streams.localbroker.kafka``)

Where they end: ``streams.cli.main`` prints a ``ConfigError`` or ``ServiceError`` as one line and exits with
status 2 (the worker's start-up checks in ``streams.worker.runner`` raise them); an ``ItemError`` becomes a
dead letter with its ``reason`` (``streams.core.pipeline``), never an exception out of the worker.

Two core errors are plain ``ValueError`` subclasses, translated at the edge:
``streams.core.routing.RoutingConfigError`` becomes a ``ConfigError`` at start-up (``streams.worker.runner``),
and ``streams.core.envelope.EnvelopeError`` (an unreadable ``wire.dedupe`` record) a dead letter
(``streams.worker.dedupe_agent.stage_items``). Anything else an agent meets exits the worker without commit
(``streams.worker.context.fatal``), so the batch is read again.
"""

from __future__ import annotations


class WirefeedError(Exception):
    """Base class of every error wirefeed raises deliberately."""


class ConfigError(WirefeedError):
    """A setting is missing or invalid."""


class ItemError(WirefeedError):
    """A raw item cannot be turned into an article.

    ``reason`` is a stable, documented code (see ``streams.core.reasons``) that ends up in the
    dead-letter record; ``message`` is for humans.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason
        self.message = message


class ParseError(ItemError):
    """A parser could not read the payload (malformed, forbidden construct, no text ...)."""


class ServiceError(WirefeedError):
    """An external service or tool is missing or unreachable (one clear line for the user)."""
