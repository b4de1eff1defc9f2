# wirefeed — the two commands a newcomer types: `make demo` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
JARS    := deploy/kafka/target/dependency/.fetched

.PHONY: setup demo test unit integration bench lint fmt clean kafka-jars

setup: $(STAMP) $(JARS)   ## create .venv and fetch the Kafka jars (idempotent)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,rocksdb]'
	@touch $(STAMP)

$(JARS): deploy/kafka/pom.xml
	@command -v java >/dev/null || { echo "java not found: install OpenJDK 17+ (apt-get install openjdk-17-jre-headless)"; exit 1; }
	@command -v mvn >/dev/null || { echo "mvn not found: install Maven (apt-get install maven)"; exit 1; }
	mvn -B -q -f deploy/kafka/pom.xml dependency:copy-dependencies -DincludeScope=runtime
	@touch $(JARS)

kafka-jars: $(JARS)

demo: setup   ## broker + worker + sample items; prints enriched articles
	$(BIN)/wirefeed demo

test: setup   ## the whole suite: unit + integration against a real Kafka broker and Prometheus
	$(BIN)/python -m pytest -v -p no:cacheprovider tests

unit: setup
	$(BIN)/python -m pytest -q tests/unit

integration: setup
	$(BIN)/python -m pytest -v tests/integration

bench: setup   ## end-to-end benchmark on its own broker; last line is RESULT ...
	$(BIN)/python -m benchmarks.run

lint: setup
	$(BIN)/ruff check streams tests benchmarks scripts
	$(BIN)/mypy

clean:
	rm -rf .wirefeed .pytest_cache .mypy_cache .ruff_cache
