"""Per-client rate limits: generous, configurable, visible in headers, 429 with Retry-After."""

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from api import create_app, ratelimit
from api.proxies import parse_networks
from api.ratelimit import LocalWindows, SharedWindows
from tests.conftest import free_port, serve


def limited_client(database, **config):
    return create_app({"DATABASE_PATH": str(database), "RATE_LIMIT": "3/minute", **config}).test_client()


def test_every_response_carries_the_policy_and_what_remains(database):
    client = limited_client(database)
    response = client.get("/v1")
    assert response.headers["RateLimit-Policy"] == "3;w=60"
    assert response.headers["RateLimit"].startswith("limit=3, remaining=2, reset=")
    assert client.get("/nope").headers["RateLimit"].startswith("limit=3, remaining=1")


def test_exceeding_the_limit_is_a_429_problem_with_retry_after(database):
    client = limited_client(database)
    for _ in range(3):
        assert client.get("/v1/projects").status_code == 200
    response = client.get("/v1/projects", headers={"X-Request-ID": "over-the-limit"})
    assert response.status_code == 429
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["code"] == "too_many_requests" and body["status"] == 429
    assert body["request_id"] == "over-the-limit" == response.headers["X-Request-ID"]
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_cached_responses_count_too(database):
    client = limited_client(database)
    statuses = [client.get("/v1/industries").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


def test_limits_are_per_client_address(database):
    client = limited_client(database)
    for _ in range(3):
        client.get("/v1", environ_base={"REMOTE_ADDR": "192.0.2.1"})
    assert client.get("/v1", environ_base={"REMOTE_ADDR": "192.0.2.1"}).status_code == 429
    assert client.get("/v1", environ_base={"REMOTE_ADDR": "192.0.2.2"}).status_code == 200


def test_behind_a_trusted_proxy_the_forwarded_client_is_limited(database):
    client = limited_client(database, TRUSTED_PROXIES=parse_networks("10.0.0.0/8"))
    proxy = {"REMOTE_ADDR": "10.1.2.3"}
    for _ in range(3):
        client.get("/v1", environ_base=proxy, headers={"X-Forwarded-For": "198.51.100.7"})
    assert client.get("/v1", environ_base=proxy, headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 429
    assert client.get("/v1", environ_base=proxy, headers={"X-Forwarded-For": "198.51.100.8"}).status_code == 200
    # An untrusted peer cannot pick its identity with the header.
    untrusted = {"REMOTE_ADDR": "192.0.2.9"}
    for forwarded in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        client.get("/v1", environ_base=untrusted, headers={"X-Forwarded-For": forwarded})
    assert client.get("/v1", environ_base=untrusted, headers={"X-Forwarded-For": "203.0.113.4"}).status_code == 429


def test_rate_limiting_can_be_disabled(database):
    client = limited_client(database, RATE_LIMIT_ENABLED=False)
    assert all(client.get("/v1").status_code == 200 for _ in range(10))
    assert "RateLimit" not in client.get("/v1").headers


@pytest.fixture()
def redis_url():
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (make test-deps installs it from Debian's packages)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import redis

        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis(port=port).ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.system
def test_instances_sharing_redis_share_the_limit(database, redis_url):
    first = limited_client(database, RATE_LIMIT_STORAGE_URI=redis_url)
    second = limited_client(database, RATE_LIMIT_STORAGE_URI=redis_url)
    assert [first.get("/v1").status_code, second.get("/v1").status_code, first.get("/v1").status_code] == [200] * 3
    assert second.get("/v1").status_code == 429


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RATE_LIMIT", "lots"),
        ("RATE_LIMIT_ENABLED", "maybe"),
        ("RATE_LIMIT_STORAGE_URI", "ftp://x"),
        ("TRUSTED_PROXIES", "not-an-ip"),
    ],
)
def test_bad_rate_limit_settings_stop_start_up(database, monkeypatch, name, value):
    from api.config import ConfigError

    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        create_app({"DATABASE_PATH": str(database)})


def test_in_memory_windows_renew_when_expired_and_forget_idle_clients(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("api.ratelimit.time.time", lambda: now[0])
    windows = LocalWindows()
    assert [windows.incr("a", 60) for _ in range(3)] == [1, 2, 3]
    assert windows.get_expiry("a") == 1060.0
    now[0] = 1060.0  # the window has ended: the next hit opens a new one
    assert windows.incr("a", 60) == 1 and windows.get_expiry("a") == 1120.0
    for client in range(LocalWindows.SWEEP_AT_LEAST - 1):  # "a" and these fill the table
        windows.incr(f"client-{client}", 1)
    now[0] = 1070.0  # every one-second window is over; only "a" is live
    windows.incr("late", 1)
    assert set(windows.windows) == {"a", "late"}


def test_an_ipv6_client_is_limited_by_its_64_network(database):
    client = limited_client(database)
    for host in ("2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff::3%eth0"):
        assert client.get("/v1", environ_base={"REMOTE_ADDR": host}).status_code == 200
    assert client.get("/v1", environ_base={"REMOTE_ADDR": "2001:db8:1:2::4"}).status_code == 429
    assert client.get("/v1", environ_base={"REMOTE_ADDR": "2001:db8:1:3::1"}).status_code == 200


def test_shared_windows_count_one_client_across_forked_workers():
    windows = SharedWindows(64)
    children = []
    for _ in range(3):
        pid = os.fork()
        if pid == 0:  # a worker: five hits, then gone
            for _ in range(5):
                windows.incr("client", 60)
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    assert windows.incr("client", 60) == 16
    assert windows.incr("another client", 60) == 1
    assert windows.get_expiry("client") > time.time() + 50


def test_without_shared_memory_each_worker_counts_for_itself(monkeypatch):
    def no_semaphore(self, slots):
        raise PermissionError(13, "Permission denied")  # what sem_open says without a writable /dev/shm

    monkeypatch.setattr(ratelimit, "shared_windows", None)
    monkeypatch.setattr(SharedWindows, "__init__", no_semaphore)
    message = ratelimit.share_windows()
    assert message.startswith("RATE_LIMIT: no shared memory") and "\n" not in message
    assert ratelimit.shared_windows is None
    assert isinstance(ratelimit.counters("memory://"), LocalWindows)


def test_shared_windows_renew_expired_windows_and_survive_a_full_table(monkeypatch):
    windows = SharedWindows(4)
    now = [1000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    for client in range(10):  # more clients than slots: the soonest-ending window is taken over
        assert windows.incr(f"client-{client}", 1 + client) == 1
    assert windows.incr("client-9", 10) == 2
    now[0] += 100
    assert windows.incr("client-9", 10) == 1


@pytest.mark.system
def test_one_instance_gives_a_client_the_documented_limit_whatever_its_workers(database):
    # The client is named by a trusted proxy's header, so the server's own start-up probes do not count.
    settings = {"RATE_LIMIT_ENABLED": "true", "RATE_LIMIT": "20/minute", "TRUSTED_PROXIES": "127.0.0.1"}
    with serve(database, workers=3, **settings) as base:
        statuses = []
        for _ in range(40):  # a new connection each time: the requests spread over the workers
            request = urllib.request.Request(f"{base}/healthz", headers={"X-Forwarded-For": "198.51.100.1"})
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    statuses.append(response.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)
    assert statuses.count(200) == 20 and statuses.count(429) == 20
