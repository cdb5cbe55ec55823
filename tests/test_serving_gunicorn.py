"""gunicorn.conf.py as `make run` and the image use it, plus the helpers the
other serving tests share (a real server whose output goes to files, and a
bounded load generator).

The server's stdout goes to a file, not a pipe: JSON access logs would fill
a pipe nobody reads and block the workers.
"""

import contextlib
import http.client
import json
import os
import runpy
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "api:create_app()"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn exactly as `make run` starts it, on a free loopback port, in its own session."""

    def __init__(self, database, workdir, workers=1, **environment):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workdir = Path(workdir)
        self.stdout_path = self.workdir / f"gunicorn-{self.port}.stdout"
        self.stderr_path = self.workdir / f"gunicorn-{self.port}.stderr"
        self.env = {
            **os.environ,
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(workers),
            "DATABASE_PATH": str(database),
            # Rate limiting has its own tests; load here comes from one address.
            "RATE_LIMIT_ENABLED": "false",
            **{key: str(value) for key, value in environment.items()},
        }
        self.process = None

    def start(self):
        with open(self.stdout_path, "wb") as stdout, open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(
                GUNICORN, cwd=ROOT, env=self.env, stdout=stdout, stderr=stderr, start_new_session=True
            )
        return self

    def wait_ready(self, timeout=30):
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/readyz", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"server did not start: {self.stderr()[-2000:]} {self.stdout()[-2000:]}"
                    ) from None
                time.sleep(0.05)

    def __enter__(self):
        try:
            return self.start().wait_ready()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()

    def stop(self, timeout=30):
        """SIGTERM the master, then make sure nothing of the process group is left."""
        if self.process is None:
            return
        try:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    pass
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)

    def kill(self):
        """SIGKILL the whole instance (master and workers) at once."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stdout(self):
        return self.stdout_path.read_text(errors="replace")

    def stderr(self):
        return self.stderr_path.read_text(errors="replace")

    def records(self):
        """Every stdout line, parsed as JSON (a line that is not JSON fails the test)."""
        return [json.loads(line) for line in self.stdout().splitlines() if line.strip()]

    def access_records(self):
        return [record for record in self.records() if record.get("type") == "access"]

    def worker_pids(self):
        return children(self.process.pid)

    def wait_for_workers(self, count, timeout=15):
        """The worker pids once there are ``count`` (ready means one worker answered, not all)."""
        deadline = time.monotonic() + timeout
        while True:
            pids = self.worker_pids()
            if len(pids) == count or time.monotonic() > deadline:
                return pids
            time.sleep(0.05)

    def wait_for_access(self, request_id, timeout=5):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [r for r in self.access_records() if r.get("request_id") == request_id]
            if found:
                return found[0]
            time.sleep(0.05)
        raise AssertionError(f"no access log line with request_id {request_id}: {self.stdout()[-3000:]}")


def children(pid):
    """Live child processes of ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, ppid = fields[0], int(fields[1])
        if ppid == pid and state != "Z":
            found.append(int(entry.name))
    return sorted(found)


@dataclass
class Outcome:
    start: float
    end: float
    status: int | None = None
    error: str | None = None
    complete: bool = False
    headers: dict | None = None

    @property
    def ok(self):
        return self.error is None and self.status is not None and self.status < 500 and self.complete


def fetch(port, path, headers=None, timeout=10):
    """One GET on a fresh connection; a short or missing body counts as a failure."""
    start = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Connection": "close", **(headers or {})})
        response = connection.getresponse()
        body = response.read()
        length = response.getheader("Content-Length")
        complete = length is None or int(length) == len(body)
        return Outcome(start, time.monotonic(), response.status, None, complete, dict(response.getheaders()))
    except (OSError, http.client.HTTPException) as error:
        return Outcome(start, time.monotonic(), None, f"{type(error).__name__}: {error}")
    finally:
        connection.close()


class Load:
    """``total`` GETs over ``concurrency`` threads, in the background; bounded in count and time."""

    def __init__(self, port, paths, total, concurrency=4, deadline=60, headers=None):
        self.port, self.paths, self.total = port, list(paths), total
        self.headers = headers
        self.outcomes = []
        self.lock = threading.Lock()
        self.next = 0
        self.stopped = threading.Event()
        self.deadline = time.monotonic() + deadline
        self.pool = ThreadPoolExecutor(concurrency)
        self.futures = [self.pool.submit(self.run) for _ in range(concurrency)]

    def run(self):
        while time.monotonic() < self.deadline and not self.stopped.is_set():
            with self.lock:
                if self.next >= self.total:
                    return
                index = self.next
                self.next += 1
            outcome = fetch(self.port, self.paths[index % len(self.paths)], self.headers)
            with self.lock:
                self.outcomes.append(outcome)

    def done(self):
        with self.lock:
            return len(self.outcomes)

    def wait_for(self, count, timeout=30):
        deadline = time.monotonic() + timeout
        while self.done() < count and time.monotonic() < deadline:
            time.sleep(0.005)
        assert self.done() >= count, f"only {self.done()} of {count} requests done"

    def stop(self):
        self.stopped.set()

    def finish(self):
        for future in self.futures:
            future.result()
        self.pool.shutdown()
        return sorted(self.outcomes, key=lambda outcome: outcome.start)


# --- The configuration itself --------------------------------------------------


def load_config(monkeypatch, **environment):
    for name in (
        "WEB_CONCURRENCY",
        "WORKER_CLASS",
        "WORKER_CONNECTIONS",
        "THREADS",
        "KEEPALIVE",
        "TIMEOUT",
        "GRACEFUL_TIMEOUT",
        "MAX_REQUESTS",
        "MAX_REQUESTS_JITTER",
        "LOG_LEVEL",
        "TRUSTED_PROXIES",
        "HOST",
        "PORT",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def test_defaults(monkeypatch):
    config = load_config(monkeypatch)
    assert config["problems"] == []
    assert config["workers"] == len(os.sched_getaffinity(0)) + 1
    assert config["worker_class"] == "gevent" and config["worker_connections"] >= 64
    assert config["preload_app"] is False
    assert config["bind"] == "127.0.0.1:8000"
    assert config["graceful_timeout"] < config["timeout"]
    assert config["max_requests"] > 0 and 0 < config["max_requests_jitter"] < config["max_requests"]
    assert config["logger_class"] == "api.logs.JsonAccessLogger"
    assert config["accesslog"] == "-" and config["errorlog"] == "-"
    assert config["control_socket_disable"] is True


def test_environment_overrides(monkeypatch):
    config = load_config(
        monkeypatch,
        WEB_CONCURRENCY="7",
        WORKER_CLASS="sync",
        KEEPALIVE="0",
        TIMEOUT="60",
        GRACEFUL_TIMEOUT="9",
        MAX_REQUESTS="100",
        MAX_REQUESTS_JITTER="10",
        HOST="::",
        PORT="9001",
        TRUSTED_PROXIES="10.0.0.0/8, 192.168.1.7",
    )
    assert config["problems"] == []
    assert (config["workers"], config["worker_class"], config["threads"]) == (7, "sync", 1)
    assert (config["keepalive"], config["timeout"], config["graceful_timeout"]) == (0, 60, 9)
    assert (config["max_requests"], config["max_requests_jitter"]) == (100, 10)
    assert config["bind"] == "[::]:9001"
    assert config["forwarded_allow_ips"] == "10.0.0.0/8,192.168.1.7/32"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WEB_CONCURRENCY", "0"),
        ("PORT", "http"),
        ("TIMEOUT", "-1"),
        ("WORKER_CLASS", "eventlet"),
        ("LOG_LEVEL", "loud"),
        ("TRUSTED_PROXIES", "10.0.0.0/8,not-an-ip"),
    ],
)
def test_a_bad_value_is_recorded_naming_the_variable(monkeypatch, name, value):
    config = load_config(monkeypatch, **{name: value})
    assert len(config["problems"]) == 1 and config["problems"][0].startswith(f"{name}=")


@pytest.mark.system
def test_the_server_header_carries_no_version(database, tmp_path):
    with Server(database, tmp_path) as server:
        with urllib.request.urlopen(f"{server.base}/healthz") as response:
            assert response.headers["Server"] == "gunicorn"
    assert server.process.returncode == 0


@pytest.mark.system
def test_workers_follow_web_concurrency_and_keep_connections_alive(database, tmp_path):
    with Server(database, tmp_path, workers=3) as server:
        assert len(server.wait_for_workers(3)) == 3
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        try:
            ids = set()
            for _ in range(3):  # three requests, one connection
                connection.request("GET", "/v1/projects")
                response = connection.getresponse()
                response.read()
                assert response.status == 200 and response.getheader("Connection") == "keep-alive"
                ids.add(response.getheader("X-Request-ID"))
            assert len(ids) == 3
        finally:
            connection.close()


def open_files(pid):
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            found.add(os.readlink(fd))
    return found


@pytest.mark.system
def test_the_database_is_opened_by_workers_after_fork_never_by_the_master(database, tmp_path):
    with Server(database, tmp_path, workers=2) as server:
        workers = server.wait_for_workers(2)
        for _ in range(20):
            fetch(server.port, "/v1/people?limit=2")
        assert str(database) not in open_files(server.process.pid)
        holders = [pid for pid in workers if str(database) in open_files(pid)]
        assert holders  # each worker thread opens its own read-only connection, lazily
