"""The generated TypeScript types work: openapi-typescript takes openapi.yaml
without a warning, and tests/sdk/usage.ts compiles against the output under
`tsc --strict` (its `@ts-expect-error` lines prove the types are not loose).

Needs node_modules (`npm ci`, via `make integrator-tools`): openapi-typescript
and typescript are pinned in package.json.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
USAGE = ROOT / "tests" / "sdk" / "usage.ts"
TSC_FLAGS = [
    "--noEmit",
    "--strict",
    "--exactOptionalPropertyTypes",
    "--noUncheckedIndexedAccess",
    "--noImplicitReturns",
    "--noFallthroughCasesInSwitch",
    "--target",
    "es2022",
    "--module",
    "esnext",
    "--moduleResolution",
    "bundler",
    "--lib",
    "es2022,dom",
]


def node_tool(name):
    path = NODE_BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make integrator-tools` (npm ci)")
    return path


@pytest.fixture(scope="module")
def generation(tmp_path_factory):
    directory = tmp_path_factory.mktemp("sdk-ts")
    result = subprocess.run(
        [node_tool("openapi-typescript"), ROOT / "openapi.yaml", "--output", directory / "schema.d.ts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return directory, result


def test_openapi_typescript_takes_the_spec_without_warnings(generation):
    directory, result = generation
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    lines = [line for line in log.splitlines() if line.strip()]
    # Exactly its banner and the one "openapi.yaml → schema.d.ts" line.
    assert len(lines) == 2 and "openapi-typescript" in lines[0] and "→" in lines[1], log
    assert "warn" not in log.lower(), log
    types = (directory / "schema.d.ts").read_text(encoding="utf-8")
    assert "export interface paths" in types and "export interface operations" in types


def test_usage_compiles_under_tsc_strict(generation):
    directory, result = generation
    assert result.returncode == 0, result.stdout + result.stderr
    shutil.copy(USAGE, directory / "usage.ts")
    compiled = subprocess.run(
        [node_tool("tsc"), *TSC_FLAGS, "usage.ts"],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr


def test_tsc_is_the_pinned_typescript():
    version = subprocess.run([node_tool("tsc"), "--version"], capture_output=True, text=True, timeout=60)
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["typescript"]
    assert version.stdout.strip() == f"Version {pinned}", version.stdout
