"""Slow clients cannot take the server offline: the shipped gunicorn
configuration keeps answering health probes while many connections trickle
their request headers in one byte at a time (a "slowloris" attack).

Bounded as the suite requires of a system test: loopback only, 64 slow
connections, 15 seconds of attack.
"""

import contextlib
import socket
import threading
import time
import urllib.request

import pytest

from .conftest import serve

pytestmark = pytest.mark.system

SLOW_CONNECTIONS = 64
ATTACK_SECONDS = 15
BYTE_INTERVAL = 2.0  # one header byte every two seconds per connection
PROBE_INTERVAL = 0.25
PROBE_TIMEOUT = 3.0


def trickle(address, stop):
    """Open a connection, send the start of a request, then one byte every
    BYTE_INTERVAL seconds until ``stop`` (reconnecting when the server hangs up)."""
    while not stop.is_set():
        with contextlib.suppress(OSError), socket.create_connection(address, timeout=5) as sock:
            sock.sendall(b"GET /v1 HTTP/1.1\r\nHost: x\r\n")
            while not stop.wait(BYTE_INTERVAL):
                sock.sendall(b"X")
        stop.wait(0.1)


def probe(base):
    try:
        with urllib.request.urlopen(f"{base}/healthz", timeout=PROBE_TIMEOUT) as response:
            return response.status == 200
    except OSError:
        return False


def test_health_probes_answer_during_a_slow_header_attack(database):
    with serve(database, workers=1) as base:
        host, port = base.removeprefix("http://").split(":")
        stop = threading.Event()
        attackers = [
            threading.Thread(target=trickle, args=((host, int(port)), stop), daemon=True)
            for _ in range(SLOW_CONNECTIONS)
        ]
        for attacker in attackers:
            attacker.start()
        time.sleep(1)  # every slow connection is open before probing starts
        results = []
        deadline = time.monotonic() + ATTACK_SECONDS
        try:
            while time.monotonic() < deadline:
                started = time.monotonic()
                results.append(probe(base))
                time.sleep(max(0.0, PROBE_INTERVAL - (time.monotonic() - started)))
        finally:
            stop.set()
            for attacker in attackers:
                attacker.join(timeout=10)
    answered = sum(results)
    assert answered >= 0.95 * len(results), f"{answered} of {len(results)} health probes answered within 3 s"
