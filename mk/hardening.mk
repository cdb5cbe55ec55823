# Hardening: a longer, randomized fuzzing run and the security scanners.
# Included by the main Makefile (BIN, DATABASE_PATH come from there).
#
#   make fuzz            fuzz-api, then fuzz-properties
#   make fuzz-api        schemathesis CLI against a real gunicorn it starts on a
#                        free loopback port: every operation, every check, all
#                        phases, random seed; bounded by FUZZ_EXAMPLES per
#                        operation and FUZZ_TIME seconds (~5 min by default)
#   make fuzz-properties the schemathesis and Hypothesis test modules, randomized
#                        (a new seed each run, printed) with more examples
#   make security        bandit, then pip-audit
#   make bandit          bandit over api/ schemas/ seed/ (.bandit.yaml: nothing
#                        skipped globally; accepted findings carry `# nosec BXXX`)
#   make audit           pip-audit over constraints.txt against PyPI's vulnerability
#                        data; --strict: a package it could not check fails the run
#
# Reproduce a fuzzing run with FUZZ_SEED=<the seed it printed>. Reports, the
# server log and schemathesis' crash cache go to build/fuzz/ (git-ignored);
# `$(BIN)/st replay <id>` replays a stored failure.

FUZZ_EXAMPLES ?= 500
FUZZ_TIME ?= 300
FUZZ_WORKERS ?= 2
ifndef FUZZ_SEED
FUZZ_SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
FUZZ_DIR := build/fuzz
BANDIT_TARGETS := api schemas seed

.PHONY: fuzz fuzz-api fuzz-properties security bandit audit

fuzz: fuzz-api fuzz-properties

# The server runs without rate limiting (the fuzzer is one very busy client)
# and is stopped however the run ends; only the process started here is killed.
fuzz-api: $(DATABASE_PATH)
	@mkdir -p $(FUZZ_DIR)
	@printf '[cache]\ndirectory = "%s/cache"\n' "$(FUZZ_DIR)" > $(FUZZ_DIR)/schemathesis.toml
	@set -euo pipefail; \
	port=$$($(BIN)/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	HOST=127.0.0.1 PORT=$$port WEB_CONCURRENCY=$(FUZZ_WORKERS) RATE_LIMIT_ENABLED=false \
	  DATABASE_PATH=$(DATABASE_PATH) $(BIN)/gunicorn --config gunicorn.conf.py 'api:create_app()' \
	  > $(FUZZ_DIR)/server.log 2>&1 & server=$$!; \
	trap 'kill $$server 2>/dev/null || true; wait $$server 2>/dev/null || true' EXIT; \
	for attempt in $$(seq 150); do \
	  $(BIN)/python -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
	    "http://127.0.0.1:$$port/readyz" 2>/dev/null && break; \
	  kill -0 $$server 2>/dev/null || { echo "the server did not start:"; tail -20 $(FUZZ_DIR)/server.log; exit 1; }; \
	  sleep 0.2; \
	done; \
	echo "fuzz-api: seed $(FUZZ_SEED), up to $(FUZZ_EXAMPLES) examples per operation, $(FUZZ_TIME) s, server on port $$port"; \
	SCHEMATHESIS_HOOKS=tests/test_schemathesis.py $(BIN)/st --config-file $(FUZZ_DIR)/schemathesis.toml run \
	  "http://127.0.0.1:$$port/openapi.json" \
	  --checks all --exclude-checks negative_data_rejection \
	  --mode all --phases examples,coverage,fuzzing,stateful \
	  --max-examples $(FUZZ_EXAMPLES) --max-time $(FUZZ_TIME) --seed $(FUZZ_SEED) \
	  --workers $(FUZZ_WORKERS) --request-timeout 10 --continue-on-failure \
	  --report junit,ndjson --report-dir $(FUZZ_DIR)/report

fuzz-properties: $(DATABASE_PATH)
	@echo "fuzz-properties: seed $(FUZZ_SEED)"
	SCHEMATHESIS_SEED=$(FUZZ_SEED) SCHEMATHESIS_MAX_EXAMPLES=$(FUZZ_EXAMPLES) \
	  PROPERTY_SEED=$(FUZZ_SEED) PROPERTY_EXAMPLES=10 \
	  $(BIN)/python -m pytest -p no:cacheprovider tests/test_schemathesis.py tests/test_properties.py

security: bandit audit

bandit: $(BIN)/.installed
	$(BIN)/bandit -c .bandit.yaml -r $(BANDIT_TARGETS)

# Needs PyPI's JSON API with vulnerability data (or --vulnerability-service osv
# and api.osv.dev). Where neither answers, every package is reported as not
# audited and --strict makes that a failure, never a silent pass.
audit: $(BIN)/.installed
	$(BIN)/pip-audit --requirement constraints.txt --no-deps --strict --progress-spinner off
