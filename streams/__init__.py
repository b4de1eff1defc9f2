"""wirefeed: raw agency wire items in, deduplicated IPTC ninjs 3.0 articles out.

Layout (docs/architecture.md tells the whole story):
    streams.core         pure functions (parse, normalise, enrich, hash, dedupe, batch plan); no Faust/Kafka/Prometheus
    streams.worker       the Faust worker: app, agents, dedupe stage, gap guard, metrics, runner
    streams.cli          the ``wirefeed`` command (``wirefeed process`` runs the core without Kafka)
    streams.localbroker  a local Kafka broker for the demo and the tests
    streams.settings     every WIREFEED_* setting; streams.errors the error hierarchy;
    streams.client       the aiokafka admin/producer/consumer helpers shared by the worker and the CLI
"""

__version__ = "0.1.0"
