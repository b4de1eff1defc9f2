"""Local Apache Kafka broker tooling (``wirefeed kafka start|stop|status``, the demo, the integration tests).

    kafka.py   a single-node KRaft broker from the jars in ``deploy/kafka``: start, stop, status, ports

Neither the worker nor the core imports it.
"""
