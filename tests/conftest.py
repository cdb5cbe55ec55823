"""Shared fixtures: the database is built once per test session, from seed/."""

import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from api import create_app
from seed.build import build
from seed.load import DATA_DIR, SOURCES_DIR, parse_yaml

ROOT = Path(__file__).resolve().parent.parent
# Apps compared with each other must sign cursors alike.
CURSOR_SECRET = "test-cursor-secret-0123456789abcdef"


@functools.cache
def openapi_document():
    """The committed openapi.yaml, parsed once per test process: read it, never change it."""
    return parse_yaml((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "data.db"
    build(path, built_at="2021-04-07T00:00:00Z")
    return path


@pytest.fixture()
def seed_copy(tmp_path):
    """A writable copy of seed/data and seed/sources: ``(data_dir, sources_dir)``."""
    data, sources = tmp_path / "data", tmp_path / "sources"
    shutil.copytree(DATA_DIR, data)
    shutil.copytree(SOURCES_DIR, sources)
    return data, sources


@pytest.fixture(scope="session")
def app(database):
    # Rate limiting has its own tests; here thousands of requests arrive in seconds.
    return create_app({"DATABASE_PATH": str(database), "RATE_LIMIT_ENABLED": False, "CURSOR_SECRET": CURSOR_SECRET})


@pytest.fixture()
def client(app):
    return app.test_client()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(database, workers=1, **environment):
    """The real server, exactly as `make run` starts it, on a free loopback port."""
    port = free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        "DATABASE_PATH": str(database),
        "RATE_LIMIT_ENABLED": "false",
        **environment,
    }
    # A file, not a pipe: one JSON access-log line per request would fill a
    # pipe nobody reads (64 KiB, ~200 requests) and block the workers.
    output_file = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "api:create_app()"],
        cwd=ROOT,
        env=env,
        stdout=output_file,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/readyz", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output_file.seek(0)
                    output = output_file.read().decode(errors="replace")
                    raise RuntimeError(f"server did not start: {output[-2000:]}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        output_file.close()


# Tests that use one of these fixtures start a real server: they are marked
# `system` here, so a new test cannot forget it.
SYSTEM_FIXTURES = {"live_server"}


def pytest_collection_modifyitems(items):
    for item in items:
        if SYSTEM_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.system)


@pytest.fixture(scope="session")
def live_server(database):
    """Base URL of a real gunicorn server over the session's database."""
    with serve(database, workers=2) as base:
        yield base
