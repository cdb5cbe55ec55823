"""The official Python client (clients/python): its generated package is what
openapi-python-client makes of the committed openapi.yaml (drift check), it
builds as a wheel, and, installed from that wheel into a throwaway venv, it
works against the real server (tests/sdk/client_usage.py, also type-checked
under `mypy --strict`), as does the README's example.

Needs the SDK tool venv (`make sdk-tools`); pip reaches the package index for
the build backend and the client's own dependencies.
"""

import filecmp
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from tests.test_sdk_python import CONFIG, SPEC, tool, tool_env

pytestmark = pytest.mark.system

ROOT = SPEC.parent
CLIENT = ROOT / "clients" / "python"
PACKAGE = CLIENT / "shanghai_investment_client"
GENERATED = PACKAGE / "generated"
USAGE = ROOT / "tests" / "sdk" / "client_usage.py"
README_URL = "http://127.0.0.1:8000"


def differences(comparison, prefix=""):
    """Every file that differs between two trees, by relative path."""
    found = [f"{prefix}{name}" for name in comparison.left_only + comparison.right_only + comparison.diff_files]
    found += [f"{prefix}{name}" for name in comparison.funny_files]
    for name, sub in comparison.subdirs.items():
        found += differences(sub, f"{prefix}{name}/")
    return found


def test_the_generated_package_is_a_fresh_generation_of_openapi_yaml(tmp_path):
    output = tmp_path / "generated"
    result = subprocess.run(
        [
            tool("openapi-python-client"),
            "generate",
            "--path",
            SPEC,
            "--config",
            CONFIG,
            "--meta",
            "none",
            "--fail-on-warning",
            "--output-path",
            output,
        ],
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    comparison = filecmp.dircmp(output, GENERATED, ignore=["__pycache__"])
    assert not differences(comparison), f"clients/python is stale, run `make sdk`: {differences(comparison)}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    directory = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools leaves build/ and *.egg-info/ beside the sources.
    source = directory / "source"
    shutil.copytree(CLIENT, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", directory, source],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = directory.glob("shanghai_investment_api_client-*.whl")
    return built


@pytest.fixture(scope="module")
def client_python(wheel, tmp_path_factory):
    """The python of a throwaway venv with the client installed from its wheel."""
    venv = tmp_path_factory.mktemp("client-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def test_the_wheel_holds_the_layer_the_generated_package_and_its_types(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "__init__.py",
        "_client.py",
        "models.py",
        "py.typed",
        "generated/client.py",
        "generated/models/partner.py",
    ):
        assert f"shanghai_investment_client/{name}" in names, sorted(names)
    assert not [name for name in names if "__pycache__" in name or name.startswith("tests/")]


def test_the_client_against_the_server(client_python, live_server, tmp_path):
    result = subprocess.run([client_python, USAGE, live_server, tmp_path], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


def test_the_usage_type_checks(client_python, tmp_path):
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


def test_the_hand_written_layer_type_checks(client_python, tmp_path):
    """``mypy --strict`` on the layer itself (the usage check sees an installed
    package, whose own errors mypy does not report); the generated package is
    read for its types only."""
    layer = [PACKAGE / name for name in ("__init__.py", "_client.py", "models.py")]
    result = subprocess.run(
        [
            tool("mypy"),
            "--strict",
            "--no-incremental",
            "--follow-imports=silent",
            "--cache-dir",
            tmp_path / "mypy-cache",
            "--python-executable",
            client_python,
            *layer,
        ],
        cwd=CLIENT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("readme", [CLIENT / "README.md", ROOT / "README.md"], ids=["client", "project"])
def test_the_readme_example_runs(client_python, live_server, tmp_path, readme):
    (example,) = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert README_URL in example
    script = tmp_path / "example.py"
    script.write_text(example.replace(README_URL, live_server), encoding="utf-8")
    result = subprocess.run([client_python, script], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "404 not_found" in result.stdout
    typed = subprocess.run(
        [
            tool("mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            tmp_path / "mypy-cache",
            "--python-executable",
            client_python,
            script,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert typed.returncode == 0, typed.stdout + typed.stderr
