"""wirefeed: raw agency wire items in, deduplicated IPTC ninjs 3.0 articles out.

Layout:
    streams.core      pure functions (parse, normalise, enrich, hash, dedupe); no Faust/Kafka/Prometheus
    streams.app       the Faust app, topics and agents (thin wiring around the core)
    streams.cli       the ``wirefeed`` command
"""

__version__ = "0.1.0"
