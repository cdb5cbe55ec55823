# Two commands on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATABASE_PATH ?= build/data.db
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT DATABASE_PATH

SEED_INPUTS := $(wildcard seed/*.py seed/data/*.yaml seed/sources/*.txt schemas/*.py) api/search_sql.py

.PHONY: run test test-fast test-deps build openapi lint clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt -e '.[test]'
	touch $@

$(DATABASE_PATH): $(BIN)/.installed $(SEED_INPUTS)
	$(BIN)/python -m seed --output $@

build: $(DATABASE_PATH)

run: $(DATABASE_PATH)
	$(BIN)/gunicorn --config gunicorn.conf.py 'api:create_app()'

# System packages the tests start for real (installed only when missing).
test-deps:
	@deploy/scripts/apt-install-missing.sh redis-server:redis-server

test: $(DATABASE_PATH) test-deps integrator-tools lint serving-deps serving-pip-tools
	$(BIN)/python -m pytest

# The quick loop: everything but the tests marked `system` (real servers,
# installed tools, a browser), on every CPU, with fewer generated examples per
# property and without schemathesis' coverage phase. `make test` runs every
# test, one at a time, with the full example counts and every phase.
test-fast: $(DATABASE_PATH)
	SCHEMATHESIS_MAX_EXAMPLES=10 PROPERTY_EXAMPLES=0.2 SCHEMATHESIS_PHASES=examples,fuzzing \
	  $(BIN)/python -m pytest -m "not system" --numprocesses auto

openapi: $(DATABASE_PATH)
	$(BIN)/flask --app 'api:create_app()' openapi write --format yaml openapi.yaml

lint: $(BIN)/.installed lint-spec bandit
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf build

# Further targets (integrator tooling, serving, benchmarks) live in mk/.
-include mk/*.mk
