"""The generated Python client works: openapi-python-client takes openapi.yaml
without a warning, the package installs into a throwaway venv, and every
operation of the spec, called through it against the real server, parses into
its typed model (errors into the typed Problem). tests/sdk/usage.py makes the
calls and also type-checks under `mypy --strict`.

Needs the SDK tool venv (`make sdk-tools`, part of `make integrator-tools`);
pip reaches the package index for the client's own dependencies.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import openapi_document

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
TOOLS_BIN = ROOT / "build" / "tools-venv" / "bin"
CONFIG = ROOT / "tests" / "sdk" / "openapi-python-client.yaml"
USAGE = ROOT / "tests" / "sdk" / "usage.py"
PACKAGE = "shanghai_investment_client"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def tool(name):
    path = TOOLS_BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make sdk-tools` (or `make integrator-tools`)")
    return path


def tool_env():
    # The generator's post-hooks run ruff from the tool venv.
    return {**os.environ, "PATH": f"{TOOLS_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def spec_operation_ids():
    document = openapi_document()
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


@pytest.fixture(scope="module")
def generation(tmp_path_factory):
    output = tmp_path_factory.mktemp("sdk") / "python"
    result = subprocess.run(
        [
            tool("openapi-python-client"),
            "generate",
            "--path",
            SPEC,
            "--config",
            CONFIG,
            "--meta",
            "setup",
            "--output-path",
            output,
        ],
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    return output, result


@pytest.fixture(scope="module")
def client_python(generation, tmp_path_factory):
    """The python of a throwaway venv with the generated package installed."""
    output, result = generation
    assert result.returncode == 0, result.stdout + result.stderr
    venv = tmp_path_factory.mktemp("sdk-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", output],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def test_generator_takes_the_spec_without_warnings(generation):
    output, result = generation
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "warning" not in log.lower(), log
    assert log.strip() == f"Generating {output}", log
    models = {path.stem for path in (output / PACKAGE / "models").glob("*.py")}
    # Enums are declared once, as named components (a nullable one as
    # `anyOf: [$ref, null]`): one class each, not one per branch of
    # `type: [string, null]` (`organization_kind_type_1`, ...) nor one per operation.
    assert {"organization_kind", "park_status", "format_"} <= models, sorted(models)
    assert not [name for name in models if "_type_" in name or name.endswith("_format")], sorted(models)
    assert "pagination_metadata" not in models


def test_every_operation_through_the_generated_client(client_python, live_server):
    result = subprocess.run(
        [client_python, USAGE, live_server],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr
    report = json.loads(lines[-1])
    called = set(report["operations"])
    expected = spec_operation_ids()
    assert called == expected, (
        f"not called through the client: {sorted(expected - called)}; not in the spec: {sorted(called - expected)}"
    )
    assert not report["failures"], "\n".join(report["failures"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert report["checks"] >= 100, report


def test_usage_type_checks_against_the_generated_client(client_python, tmp_path):
    result = subprocess.run(
        [
            tool("mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            tmp_path / "mypy-cache",
            "--python-executable",
            client_python,
            USAGE,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
