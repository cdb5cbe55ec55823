# Benchmarks (not part of `make test`). Included by the main Makefile.
#
#   make bench              installs wrk (Debian) and Datasette (its own venv),
#                           builds the real and the synthetic databases, runs
#                           bench/run.py and writes BENCHMARKS.md (on the 2-core
#                           machine: several minutes building 1,000,000 projects,
#                           then about ten minutes of runs; later runs reuse the
#                           databases until seed/ or schemas/ change)
#   make bench-data         only the synthetic databases
#   make bench-report       re-render BENCHMARKS.md from bench/out/results.json
#   make bench-profile      py-spy on the product worker under load: the top costs
#
# Knobs: BENCH_SIZES (synthetic datasets, projects each), BENCH_ARGS (passed to
# bench/run.py, e.g. BENCH_ARGS='--rounds 5 --duration 5').
# Servers run on CPU 0 and the load generator on CPU 1 (taskset), so the
# harness itself is pinned to CPU 1 as well.

BENCH_SIZES ?= 1000 1000000
BENCH_ARGS ?=
BENCH_DATASETTE_VENV := bench/.venv-datasette
BENCH_SYNTHETIC := $(foreach n,$(BENCH_SIZES),build/synthetic-$(n).db)
BENCH_SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: bench bench-deps bench-data bench-report bench-wrk bench-profile

bench: bench-deps $(DATABASE_PATH) $(BENCH_SYNTHETIC)
	taskset -c 1 $(BIN)/python -m bench.run --database $(DATABASE_PATH) \
		$(foreach db,$(BENCH_SYNTHETIC),--synthetic $(db)) --output BENCHMARKS.md $(BENCH_ARGS)

bench-deps: $(BIN)/.installed $(BENCH_DATASETTE_VENV)/.installed bench-wrk

bench-wrk:
	@command -v wrk >/dev/null 2>&1 || { \
		$(BENCH_SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(BENCH_SUDO) apt-get install -y -q --no-install-recommends wrk; }

# Datasette pins its own click/Jinja2/uvicorn ranges: a venv of its own keeps
# the project's constraints.txt untouched.
$(BENCH_DATASETTE_VENV)/.installed: bench/requirements-datasette.txt
	test -x $(BENCH_DATASETTE_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_DATASETTE_VENV)
	$(BENCH_DATASETTE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r bench/requirements-datasette.txt
	touch $@

bench-data: $(BENCH_SYNTHETIC)

# Synthetic datasets: made-up records, never build/data.db (python -m seed refuses it).
build/synthetic-%.db: $(BIN)/.installed $(SEED_INPUTS)
	$(BIN)/python -m seed --synthetic $* --output $@

bench-report:
	$(BIN)/python -m bench.run --report-only --output BENCHMARKS.md

# Where the product worker spends its CPU per request (py-spy, GIL-holding samples), e.g.
#   make bench-profile BENCH_PROFILE_ARGS="--path /v1/industries"   (the cached path)
BENCH_PROFILE_ARGS ?= --path /v1/projects --uncached
bench-profile: bench-deps $(DATABASE_PATH)
	taskset -c 1 $(BIN)/python -m bench.profile --database $(DATABASE_PATH) $(BENCH_PROFILE_ARGS)
