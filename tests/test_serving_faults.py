"""Faults under load, with real processes on loopback (bounded in count and time).

* A worker killed with SIGKILL is replaced by the master; the only requests
  that fail are those in flight at the kill, and none gets a 5xx.
* SIGTERM drains: requests being served when it arrives complete (slow
  readers of a large body prove the workers wait for them), nothing gets a
  5xx or a truncated body, and the master exits within graceful_timeout.

Requests are one connection each (``Connection: close``): a request that
fails is then exactly one that was in flight, not an idle kept-alive
connection the client would retry.
"""

import os
import signal
import socket
import threading
import time

import pytest

from tests.test_serving_gunicorn import Load, Server

pytestmark = pytest.mark.system

PATHS = ["/v1/projects", "/v1/parks?limit=2", "/v1/industries?limit=5", "/v1/people", "/healthz", "/v1/meta"]


def summary(outcomes, moment):
    failed = [o for o in outcomes if not o.ok]
    return {
        "requests": len(outcomes),
        "failed": len(failed),
        "5xx": sum(1 for o in outcomes if o.status is not None and o.status >= 500),
        "in_flight": sum(1 for o in outcomes if o.start <= moment <= o.end),
    }


def wait_until(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_a_worker_killed_under_load_is_replaced_without_errors(database, tmp_path):
    with Server(database, tmp_path, workers=2) as server:
        before = server.wait_for_workers(2)
        assert len(before) == 2
        load = Load(server.port, PATHS, total=800, concurrency=4, deadline=60)
        load.wait_for(200)
        victim = before[0]
        killed_from = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        killed_by = time.monotonic()
        assert wait_until(lambda: len(server.worker_pids()) == 2 and victim not in server.worker_pids(), 15)
        replaced_by = time.monotonic()
        outcomes = load.finish()

    figures = summary(outcomes, killed_from)
    figures["replaced_in_s"] = round(replaced_by - killed_by, 3)
    print(f"\nSIGKILL one of 2 workers: {figures}")
    assert figures["requests"] == 800
    assert figures["5xx"] == 0
    # Every failure was a request in flight at the kill, on the killed worker's connections.
    for outcome in outcomes:
        if not outcome.ok:
            assert outcome.start <= killed_by and outcome.end >= killed_from, outcome
            assert outcome.error is not None, outcome  # a reset connection, never a bad response
    assert figures["failed"] <= 4  # at most one per client thread
    # Once the replacement is up, everything succeeds.
    assert all(o.ok for o in outcomes if o.start > replaced_by)
    assert any(o.start > replaced_by for o in outcomes)
    assert server.process.returncode == 0


def slow_read(port, path, results, index, started):
    """GET a large body through a tiny receive window, reading it slowly."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n".encode())
        data = sock.recv(4096)
        started.release()  # the worker is answering: this request is in flight
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            time.sleep(0.02)
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:"))
    results[index] = (lines[0], length, len(body), time.monotonic())


def test_sigterm_drains_in_flight_requests_within_graceful_timeout(database, tmp_path):
    # The slow downloads take ~5 s, and a gevent worker then holds their idle
    # keep-alive connections up to KEEPALIVE (5 s) before it exits.
    graceful_timeout = 15
    with Server(database, tmp_path, workers=2, GRACEFUL_TIMEOUT=graceful_timeout) as server:
        load = Load(server.port, PATHS, total=3000, concurrency=4, deadline=30)
        load.wait_for(200)
        slow_results, started = {}, threading.Semaphore(0)
        readers = [
            threading.Thread(target=slow_read, args=(server.port, "/openapi.json", slow_results, i, started))
            for i in range(3)
        ]
        for reader in readers:
            reader.start()
        for _ in readers:
            assert started.acquire(timeout=10)
        signalled = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        time.sleep(0.5)  # load keeps coming for a while (refused once the listener is closed)
        load.stop()
        server.process.wait(timeout=graceful_timeout + 10)
        exited = time.monotonic()
        for reader in readers:
            reader.join(timeout=30)
        outcomes = load.finish()

    drain_s = exited - signalled
    last_slow = max(done for _, _, _, done in slow_results.values())
    figures = summary(outcomes, signalled)
    figures.update(
        failed_in_flight=sum(1 for o in outcomes if not o.ok and o.start <= signalled <= o.end),
        failed_after=sum(1 for o in outcomes if not o.ok and o.start > signalled),
        slow_readers=len(slow_results),
        slow_read_done_s=round(last_slow - signalled, 3),
        master_exit_s=round(drain_s, 3),
        exit_code=server.process.returncode,
    )
    print(f"\nSIGTERM under load: {figures}")
    assert server.process.returncode == 0
    assert drain_s < graceful_timeout
    # The slow responses were in flight at SIGTERM: each arrived whole (the
    # worker may finish writing into the kernel's socket buffers, and exit,
    # before the client has read it all).
    assert len(slow_results) == 3
    for status_line, length, received, _ in slow_results.values():
        assert status_line.endswith("200 OK") and received == length
    # The fast load: no 5xx and no truncated body; what fails is a connection refused or reset once
    # the listener closes (new connections, or ones still queued in the kernel, never accepted).
    assert figures["5xx"] == 0
    for outcome in outcomes:
        if not outcome.ok:
            assert outcome.error is not None and outcome.status is None, outcome
            assert outcome.end >= signalled, outcome
    assert sum(1 for o in outcomes if not o.ok and o.start < signalled) <= 4
    assert all(o.ok for o in outcomes if o.end < signalled)
