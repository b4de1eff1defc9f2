"""The pure core: bytes in, ninjs article dicts (or dead-letter records) out.

Nothing under ``streams.core`` may import Faust, aiokafka or prometheus_client; a unit test
enforces it. Resources that are expensive to build (gazetteers, automata) are loaded once by
the caller and passed in.
"""
