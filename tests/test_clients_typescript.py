"""The official TypeScript client (clients/typescript): its `src/schema.ts` is
what openapi-typescript makes of the committed openapi.yaml (drift check), it
compiles under `tsc --strict` and packs with `npm pack`, and its tests
(`node --test`) pass against the real server.

Needs node_modules (`npm ci`, via `make integrator-tools`).
"""

import json
import os
import re
import shutil
import subprocess
import tarfile

import pytest

from tests.test_sdk_typescript import NODE_BIN, ROOT, node_tool

pytestmark = pytest.mark.system

CLIENT = ROOT / "clients" / "typescript"
SCHEMA = CLIENT / "src" / "schema.ts"
README_URL = "http://127.0.0.1:8000"


def run(command, cwd, **kwargs):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_the_schema_is_a_fresh_generation_of_openapi_yaml(tmp_path):
    run([node_tool("openapi-typescript"), ROOT / "openapi.yaml", "--output", tmp_path / "schema.ts"], cwd=ROOT)
    fresh = (tmp_path / "schema.ts").read_text(encoding="utf-8")
    assert fresh == SCHEMA.read_text(encoding="utf-8"), "clients/typescript is stale, run `make sdk`"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """A copy of the package, compiled, beside the repository's node_modules."""
    directory = tmp_path_factory.mktemp("client-ts") / "package"
    shutil.copytree(CLIENT, directory, ignore=shutil.ignore_patterns("dist", "build-test", "node_modules"))
    (directory / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    run([node_tool("tsc"), "-p", "tsconfig.json"], cwd=directory)
    return directory


def test_npm_pack_builds_the_tarball(package, tmp_path):
    run(["npm", "pack", "--ignore-scripts", "--pack-destination", tmp_path], cwd=package)
    (tarball,) = tmp_path.glob("shanghai-investment-api-client-*.tgz")
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    for name in ("package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/schema.d.ts"):
        assert f"package/{name}" in names, sorted(names)
    assert not [name for name in names if "/src/" in name or "/test/" in name or "node_modules" in name]


def test_npm_pack_builds_the_package_from_a_fresh_clone(tmp_path):
    """What the README says: `npm install && npm pack` in clients/typescript
    (here with the repository's node_modules standing for `npm install`):
    `prepack` compiles `dist/` with the TypeScript the package pins."""
    directory = tmp_path / "package"
    shutil.copytree(CLIENT, directory, ignore=shutil.ignore_patterns("dist", "build-test", "node_modules"))
    (directory / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    run(["npm", "pack", "--pack-destination", tmp_path], cwd=directory)
    (tarball,) = tmp_path.glob("shanghai-investment-api-client-*.tgz")
    with tarfile.open(tarball) as archive:
        assert "package/dist/index.js" in archive.getnames()


def test_the_package_pins_the_tools_of_the_repository():
    """`npm install` in clients/typescript gets the compiler and types the repository tests with."""
    package = json.loads((CLIENT / "package.json").read_text(encoding="utf-8"))
    tools = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    assert package["devDependencies"] == {name: tools[name] for name in package["devDependencies"]}
    assert {"typescript", "@types/node"} <= set(package["devDependencies"])


def test_the_client_and_its_readme_against_the_server(package, live_server):
    # The READMEs' examples, importing the package by its name, run as more test files.
    for name, readme in (("client", CLIENT / "README.md"), ("project", ROOT / "README.md")):
        (example,) = re.findall(r"```ts\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert README_URL in example
        script = package / "test" / f"readme-{name}-example.ts"
        script.write_text(example.replace(README_URL, live_server), encoding="utf-8")
    run([node_tool("tsc"), "-p", "tsconfig.test.json"], cwd=package)
    result = run(
        ["node", "--test", "build-test/test/"],
        cwd=package,
        env={**os.environ, "SHANGHAI_API_URL": live_server, "PATH": f"{NODE_BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout, result.stdout
    assert "readme-client-example" in result.stdout and "readme-project-example" in result.stdout, result.stdout
