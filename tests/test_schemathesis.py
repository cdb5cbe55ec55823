"""Schemathesis against the real app: every operation of the OpenAPI document,
every built-in check, positive and negative data, a fixed seed.

The document fuzzed is the committed ``openapi.yaml``; the first test proves it
is exactly what the app serves at ``/openapi.json``. (Schemathesis'
``from_fixture`` loader, which would load it from the app fixture, does not run
under pytest 9: it reads ``Node._nodeid``, which pytest 9 removed.)

Requests go in-process through the WSGI app, response cache included. The
longer, randomized run against a real gunicorn server is ``make fuzz``
(mk/hardening.mk).

Two things the document cannot say are supplied here, and only for
*positive* cases (negative ones are sent as generated):

- a ``cursor`` is an unforgeable token: no generated string is a valid one, and
  a 400 for a made-up cursor is correct. Positive cases go without one; cursors
  are covered by tests/test_properties.py.
- an export cannot carry what its format has no room for: ``format=csv`` has
  no nested records (``expand``) and no ``links`` column, and BibTeX entries
  are whole (no ``fields``, no ``expand``). Positive cases go without them.

And one thing the generator gets wrong is corrected: a "negative" value that,
once serialized into the query string, is a valid value after all (the boolean
``false`` sent for a slug filter is the valid slug ``false``) is not held
against the server: ``negative_data_rejection`` only judges requests whose
query string, as sent, violates the document.

Both adjustments are a global hook and a custom check, so that ``make fuzz``
loads this same file into the schemathesis CLI (``SCHEMATHESIS_HOOKS``) and
holds the live server to exactly the same rules.

Environment: ``SCHEMATHESIS_MAX_EXAMPLES`` (default 100),
``SCHEMATHESIS_SEED`` (default: derandomized) and ``SCHEMATHESIS_PHASES``
(default ``examples,coverage,fuzzing``) change the run; ``make test`` uses the
defaults, so CI is deterministic. ``make test-fast`` leaves out the coverage
phase, whose thousands of boundary cases are generated while pytest collects.
"""

import os
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import jsonschema
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import negative_data_rejection

from seed.load import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
DOCUMENT = parse_yaml(SPEC_PATH.read_text(encoding="utf-8"))

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "100"))
# A seed from the environment makes a different (still reproducible) run; without
# one, Hypothesis is derandomized: the same cases on every run, as CI needs.
SEED = int(os.environ.get("SCHEMATHESIS_SEED") or 20210407)
DERANDOMIZE = not os.environ.get("SCHEMATHESIS_SEED")
# Stateful testing needs OpenAPI links, which this API has none of.
ALL_PHASES = ("examples", "coverage", "fuzzing")
PHASES = os.environ.get("SCHEMATHESIS_PHASES", ",".join(ALL_PHASES)).split(",")
if set(PHASES) - set(ALL_PHASES):
    raise ValueError(f"SCHEMATHESIS_PHASES: {PHASES} is not a list of {ALL_PHASES}")

# The app would gzip large bodies for the `Accept-Encoding` that the transport
# sends by default, and the in-process transport does not decode them.
HEADERS = {"Accept-Encoding": "identity"}
CASES = Counter()


@schemathesis.hook
def before_call(context, case, kwargs):
    """Positive cases: no made-up cursor, and nothing an export format cannot carry (see the module docstring)."""
    if case.meta is not None and case.meta.generation.mode.is_positive and case.query:
        case.query.pop("cursor", None)
        if case.query.get("format") == "csv":
            case.query.pop("expand", None)
            chosen = case.query.get("fields")
            names = chosen if isinstance(chosen, list) else str(chosen or "").split(",")
            if "links" in names:
                case.query["fields"] = [name for name in names if name != "links"] or ["id"]
        if case.query.get("format") == "bibtex":
            case.query.pop("fields", None)
            case.query.pop("expand", None)


@schemathesis.check
def negative_data_rejected_as_sent(ctx, response, case):
    """`negative_data_rejection`, for requests whose query string, as sent, is invalid.

    414 and 431 are refusals too (gunicorn's, of an over-long request line or header)."""
    if case.meta is None or not case.meta.generation.mode.is_negative or response.status_code in (414, 431):
        return None
    if query_is_valid_as_sent(case, response.request.url):
        CASES["negative but valid as sent"] += 1
        return None
    return negative_data_rejection(ctx, response, case)


# ---------------------------------------------------------------------------
# The query string as the server receives it, judged by the document
# ---------------------------------------------------------------------------

INTEGER = re.compile(r"-?[0-9]+")
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def query_parameters(path, method):
    item = DOCUMENT["paths"][path]
    declared = [*item.get("parameters", []), *item[method].get("parameters", [])]
    resolved = []
    for parameter in declared:
        if "$ref" in parameter:
            name = parameter["$ref"].rsplit("/", 1)[-1]
            parameter = DOCUMENT["components"]["parameters"][name]
        resolved.append(parameter)
    return {p["name"]: p for p in resolved if p["in"] == "query"}


def resolved(schema):
    """A schema with its local ``$ref`` followed (enums are shared components)."""
    while isinstance(schema, dict) and "$ref" in schema:
        node = DOCUMENT
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def wire_value(text, schema):
    """A query-string value read as the document serializes its type (canonical forms only)."""
    schema = resolved(schema)
    kind = schema.get("type")
    if kind == "integer":
        return int(text) if INTEGER.fullmatch(text) else text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    if kind == "array":
        return [wire_value(item, schema.get("items", {})) for item in text.split(",")]
    return text


def query_is_valid_as_sent(case, url):
    """True when only the query was negated and the query string actually sent is valid."""
    meta = case.meta
    negated = {location for location, info in meta.components.items() if info.mode.is_negative}
    if negated - {ParameterLocation.QUERY} or case.method.lower() not in DOCUMENT["paths"][case.operation.path]:
        return False
    declared = query_parameters(case.operation.path, case.method.lower())
    sent = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    names = [name for name, _ in sent]
    if len(names) != len(set(names)) or set(names) - set(declared):
        return False
    if any(p.get("required") and name not in names for name, p in declared.items()):
        return False
    for name, text in sent:
        parameter_schema = declared[name]["schema"]
        # The components ride along so that `$ref`s resolve within the schema.
        validator = jsonschema.Draft202012Validator(
            {**parameter_schema, "components": DOCUMENT.get("components", {})}, format_checker=FORMATS
        )
        if not validator.is_valid(wire_value(text, parameter_schema)):
            return False
    return True


# ---------------------------------------------------------------------------
# The pytest run (skipped when `make fuzz` loads this file as the CLI's hooks:
# building a config there would load the hooks again)
# ---------------------------------------------------------------------------

if __name__ != "_schemathesis_hooks":
    CONFIG = SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {
                "mode": "all",  # positive and negative data
                "max-examples": MAX_EXAMPLES,
                "deterministic": DERANDOMIZE,
                "database": "none",  # nothing remembered between runs
            },
            # Every built-in check stays enabled (schemathesis' default), except that
            # `negative_data_rejection` is judged on the query as sent (below).
            # The coverage phase also sends undeclared methods.
            "phases": {
                "stateful": {"enabled": False},
                **{phase: {"enabled": phase in PHASES} for phase in ALL_PHASES},
            },
        }
    )

    schema = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)

    def test_the_fuzzed_document_is_the_served_document(client):
        assert client.get("/openapi.json").get_json() == DOCUMENT

    @pytest.fixture(scope="module", autouse=True)
    def report_case_counts(pytestconfig):
        yield
        reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
        capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
        if CASES and reporter is not None and capture is not None:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(CASES.items()))
            with capture.global_and_fixture_disabled():
                reporter.write_line(
                    f"\nschemathesis: {summary} (max {MAX_EXAMPLES} examples/operation, "
                    + ("derandomized)" if DERANDOMIZE else f"seed {SEED})")
                )

    @schema.parametrize()
    def test_api(case, app):
        response = case.call(app=app, headers=HEADERS)
        mode = case.meta.generation.mode.value if case.meta else "explicit"
        CASES["cases"] += 1
        CASES[mode] += 1
        case.validate_response(
            response, headers=HEADERS, excluded_checks=[negative_data_rejection], transport_kwargs={"app": app}
        )
