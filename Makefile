# wirefeed — the two commands a newcomer types: `make demo` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
JARS    := deploy/kafka/target/dependency/.fetched

.PHONY: setup tools demo test unit integration bench chaos lint fmt clean kafka-jars

setup: tools $(STAMP) $(JARS)   ## create .venv and fetch the Kafka jars (idempotent)

# Java 17+ and Maven run the local Kafka broker. Root on Debian/Ubuntu: installed here (as .ci/run does for
# Prometheus); anyone else: stop at once, before the long pip install, with the exact command to run.
tools:
	@if ! command -v java >/dev/null || { [ ! -f $(JARS) ] && ! command -v mvn >/dev/null; }; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "setup: installing OpenJDK and Maven with apt-get (default-jre-headless maven) ..."; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless maven) \
	      >/dev/null || { echo "setup: apt-get could not install OpenJDK/Maven (see above)"; exit 1; }; \
	  else \
	    echo "setup: java and mvn are needed for the local Kafka broker; install them first:"; \
	    echo "  Debian/Ubuntu: sudo apt-get install -y default-jre-headless maven"; \
	    echo "  macOS:         brew install openjdk maven"; \
	    echo "  Fedora:        sudo dnf install -y java-17-openjdk-headless maven"; \
	    exit 1; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@echo "setup: installing wirefeed and its dependencies into $(VENV) ..."
	@$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	@$(BIN)/pip install -q --disable-pip-version-check -e '.[dev,rocksdb]'
	@touch $(STAMP)

$(JARS): deploy/kafka/pom.xml
	@command -v java >/dev/null || { echo "java not found: run 'make tools' (root on Debian/Ubuntu) or install OpenJDK 17+"; exit 1; }
	@command -v mvn >/dev/null || { echo "mvn not found: run 'make tools' (root on Debian/Ubuntu) or install Maven"; exit 1; }
	@echo "setup: fetching the Kafka jars from Maven Central (once) ..."
	@mvn -B -q --no-transfer-progress -Dstyle.color=never -f deploy/kafka/pom.xml dependency:copy-dependencies \
	  -DincludeScope=runtime
	@touch $(JARS)

kafka-jars: $(JARS)

demo: setup   ## broker + worker + sample items; one line per article (wirefeed demo --json: full records)
	@$(BIN)/wirefeed demo

test: setup   ## the whole suite: unit + integration against a real Kafka broker and Prometheus
	$(BIN)/python -m pytest -v -p no:cacheprovider tests

unit: setup
	$(BIN)/python -m pytest -q tests/unit

integration: setup
	$(BIN)/python -m pytest -v tests/integration

bench: setup   ## end-to-end benchmark on its own broker; last line is RESULT ...
	$(BIN)/python -m benchmarks.run

chaos: setup   ## outside CI's budget (~30-60 min): 10,000 items under kill -9s, SIGTERMs, broker restarts and a second worker; last line CHAOS ...
	$(BIN)/python scripts/chaos.py $(CHAOS_ARGS)

lint: setup
	$(BIN)/ruff check streams tests benchmarks scripts
	$(BIN)/ruff format --check streams tests benchmarks scripts
	$(BIN)/mypy

fmt: setup   ## apply ruff format (kept: tests/unit/test_project_setup.py checks it)
	$(BIN)/ruff format streams tests benchmarks scripts

clean:
	rm -rf .wirefeed .pytest_cache .mypy_cache .ruff_cache
