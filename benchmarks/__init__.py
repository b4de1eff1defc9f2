"""End-to-end benchmark harness for wirefeed (``make bench`` / ``python -m benchmarks.run [--quick]``).

It starts its own Kafka broker, measures bare aiokafka and bare Faust pass-through, the full worker
(1 and 2 processes), end-to-end latency at a fixed offered rate, the pure core pipeline and how
costs grow with item size and dedupe state, profiles the worker, and writes docs/benchmarks.md.
The last line printed is the ``RESULT ...`` contract line (see :mod:`benchmarks.report`).
"""
