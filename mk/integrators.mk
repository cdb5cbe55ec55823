# Integrator tooling: SDKs generated from openapi.yaml, the spec linters, and
# the browser the docs tests drive. Included by the main Makefile.
#
#   make sdk          regenerates the generated parts of the official clients
#                     from openapi.yaml: clients/python/shanghai_investment_client/generated
#                     (openapi-python-client) and clients/typescript/src/schema.ts
#                     (openapi-typescript). Both are committed; tests fail when
#                     they differ from a fresh generation.
#   make lint-spec    Redocly and Spectral over openapi.yaml
#   make integrator-tools   what the tests need: node_modules, the SDK tool
#                     venv, Chromium (each installed only when missing or stale)
#
# Node packages are pinned in package.json/package-lock.json and installed
# with `npm ci` into ./node_modules (nothing global, no install scripts). The
# Python generator lives in its own venv (build/tools-venv, pinned whole in
# tests/sdk/requirements-tools.txt), apart from the app's .venv.

NODE_BIN := node_modules/.bin
TOOLS_VENV := build/tools-venv
SDK_TOOLS_REQUIREMENTS := tests/sdk/requirements-tools.txt
SDK_PYTHON_CONFIG := tests/sdk/openapi-python-client.yaml
PYTHON_CLIENT_GENERATED := clients/python/shanghai_investment_client/generated
TYPESCRIPT_CLIENT_SCHEMA := clients/typescript/src/schema.ts
# No telemetry, no update check: the linters only read openapi.yaml.
REDOCLY_ENV := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: sdk sdk-python sdk-typescript sdk-tools lint-spec chromium-installed integrator-tools

integrator-tools: node_modules/.installed $(TOOLS_VENV)/.installed chromium-installed

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

sdk-tools: $(TOOLS_VENV)/.installed

$(TOOLS_VENV)/.installed: $(SDK_TOOLS_REQUIREMENTS)
	test -x $(TOOLS_VENV)/bin/python || $(PYTHON) -m venv $(TOOLS_VENV)
	$(TOOLS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(SDK_TOOLS_REQUIREMENTS)
	touch $@

# Chromium from Debian, for tests/test_docs_browser.py; a no-op when present.
chromium-installed:
	@command -v chromium >/dev/null 2>&1 || { \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends chromium; }

sdk: sdk-python sdk-typescript

# Generated apart, then swapped in whole: a file the spec no longer produces goes.
# --fail-on-warning: a spec the generator cannot take whole fails the build.
# The tool venv's bin is on PATH for the generator's ruff post-hooks.
sdk-python: $(TOOLS_VENV)/.installed
	rm -rf build/sdk-python
	PATH="$(CURDIR)/$(TOOLS_VENV)/bin:$$PATH" $(TOOLS_VENV)/bin/openapi-python-client generate \
		--path openapi.yaml --config $(SDK_PYTHON_CONFIG) --meta none --fail-on-warning \
		--output-path build/sdk-python/generated
	rm -rf $(PYTHON_CLIENT_GENERATED)
	mv build/sdk-python/generated $(PYTHON_CLIENT_GENERATED)

sdk-typescript: node_modules/.installed
	$(NODE_BIN)/openapi-typescript openapi.yaml --output $(TYPESCRIPT_CLIENT_SCHEMA)

lint-spec: node_modules/.installed
	$(REDOCLY_ENV) $(NODE_BIN)/redocly lint openapi.yaml --config .redocly.yaml
	$(NODE_BIN)/spectral lint openapi.yaml --ruleset .spectral.yaml --fail-severity=warn
