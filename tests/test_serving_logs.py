"""Structured logs: one JSON line per request from the real server, JSON error
logs, and the trusted-proxy rule for the client address."""

import http.client
import ipaddress
import json
import logging
import subprocess
import sys

import pytest

from api.logs import JsonFormatter, wsgi_text
from api.proxies import client_address, parse_networks
from tests.test_serving_gunicorn import Server

ACCESS_FIELDS = {
    "time",
    "method",
    "path",
    "query",
    "status",
    "duration_ms",
    "bytes",
    "request_id",
    "remote_addr",
    "user_agent",
}


def get(server, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(database, tmp_path_factory):
    with Server(database, tmp_path_factory.mktemp("logs"), workers=2) as running:
        yield running


def test_one_json_line_per_request_with_every_field(server):
    response, body = get(server, "/v1/projects?limit=2&fields=name", {"User-Agent": "logs-test/1.0"})
    assert response.status == 200
    request_id = response.getheader("X-Request-ID")
    record = server.wait_for_access(request_id)
    assert ACCESS_FIELDS <= record.keys()
    assert record["method"] == "GET"
    assert record["path"] == "/v1/projects"
    assert record["query"] == "limit=2&fields=name"
    assert record["status"] == 200
    assert record["bytes"] == len(body) == int(response.getheader("Content-Length"))
    assert isinstance(record["duration_ms"], float) and 0 <= record["duration_ms"] < 10_000
    assert record["remote_addr"] == "127.0.0.1"
    assert record["user_agent"] == "logs-test/1.0"
    assert record["time"].endswith("Z")
    assert len([r for r in server.access_records() if r["request_id"] == request_id]) == 1


def test_the_request_id_is_the_response_header_whether_sent_or_generated(server):
    response, _ = get(server, "/v1/parks", {"X-Request-ID": "client-chosen.id-42"})
    assert response.getheader("X-Request-ID") == "client-chosen.id-42"
    assert server.wait_for_access("client-chosen.id-42")["path"] == "/v1/parks"
    # The same URL again comes from the per-worker response cache: still its own id.
    response, _ = get(server, "/v1/parks")
    generated = response.getheader("X-Request-ID")
    assert generated and generated != "client-chosen.id-42"
    assert server.wait_for_access(generated)["status"] == 200


def test_quotes_backslashes_and_a_nul_escape_stay_valid_json(server):
    response, _ = get(
        server,
        '/v1/%22quoted%22%00nul\\back"raw"?q=%22x%22&y="z"',
        {"User-Agent": 'agent "with quotes" \\ and \t tab', "X-Request-ID": "escape-test"},
    )
    assert response.status == 404
    record = server.wait_for_access("escape-test")  # parsed with json.loads
    assert record["path"] == '/v1/"quoted"\x00nul\\back"raw"'
    assert record["query"] == 'q=%22x%22&y="z"'
    assert record["user_agent"] == 'agent "with quotes" \\ and \t tab'
    assert record["status"] == 404
    line = next(line for line in server.stdout().splitlines() if "escape-test" in line)
    assert "\\u0000" in line and "\x00" not in line


def test_non_ascii_paths_are_logged_as_text(server):
    response, _ = get(server, "/v1/industries/%E4%B8%8A%E6%B5%B7", {"X-Request-ID": "utf8-test"})
    assert response.status == 404
    assert server.wait_for_access("utf8-test")["path"] == "/v1/industries/上海"


def test_gunicorn_messages_are_json_too(server):
    messages = [r for r in server.records() if r.get("logger") == "gunicorn.error"]
    assert any(r["message"].startswith("Booting worker") for r in messages)
    assert all({"time", "level", "message", "pid"} <= r.keys() for r in messages)


@pytest.mark.parametrize(
    ("trusted", "forwarded_for", "expected"),
    [
        ("", "203.0.113.9", "127.0.0.1"),  # no trusted proxy: the header is the client's word only
        ("127.0.0.1", "203.0.113.9", "203.0.113.9"),
        ("127.0.0.1", "198.51.100.1, 203.0.113.9, 10.1.2.3", "10.1.2.3"),  # right-most untrusted
        ("127.0.0.1,10.0.0.0/8", "198.51.100.1, 203.0.113.9, 10.1.2.3", "203.0.113.9"),
        ("10.0.0.0/8", "203.0.113.9", "127.0.0.1"),  # the peer itself is not trusted
    ],
)
def test_the_client_address_honours_trusted_proxies(database, tmp_path, trusted, forwarded_for, expected):
    with Server(database, tmp_path, TRUSTED_PROXIES=trusted) as server:
        get(server, "/healthz", {"X-Forwarded-For": forwarded_for, "X-Request-ID": "proxy-test"})
        record = server.wait_for_access("proxy-test")
    assert record["remote_addr"] == expected
    assert record["peer"] == "127.0.0.1"


# --- Units --------------------------------------------------------------------

LOCAL = parse_networks("127.0.0.1, 10.0.0.0/8, ::1")


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "expected"),
    [
        ("192.0.2.1", "203.0.113.9", "192.0.2.1"),
        ("127.0.0.1", None, "127.0.0.1"),
        ("127.0.0.1", "", "127.0.0.1"),
        ("127.0.0.1", "203.0.113.9", "203.0.113.9"),
        ("127.0.0.1", "spoofed, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        ("127.0.0.1", "10.0.0.3, 10.0.0.2", "10.0.0.3"),  # every hop trusted: the left-most
        ("127.0.0.1", "203.0.113.9:5555", "203.0.113.9"),
        ("127.0.0.1", "[2001:db8::1]:443", "2001:db8::1"),
        ("::ffff:127.0.0.1", "203.0.113.9", "203.0.113.9"),
        ("::1", "2001:db8::7", "2001:db8::7"),
        ("127.0.0.1", "garbage, 10.0.0.2", "10.0.0.2"),  # stop at the last hop that can be vouched for
        ("127.0.0.1", "garbage", "127.0.0.1"),
    ],
)
def test_client_address_rule(peer, forwarded_for, expected):
    assert client_address(peer, forwarded_for, LOCAL) == expected


def test_parse_networks_names_the_bad_entry():
    assert parse_networks(" 10.0.0.0/8 ,, 192.168.1.7 ") == (
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("192.168.1.7/32"),
    )
    with pytest.raises(ValueError, match="'nope'"):
        parse_networks("10.0.0.0/8,nope")


def test_wsgi_text_recovers_utf8():
    assert wsgi_text("/上海".encode().decode("latin-1")) == "/上海"
    assert wsgi_text(b"/\xff".decode("latin-1")) == "/\\xff"
    assert wsgi_text(None) is None


def test_the_json_formatter_keeps_a_traceback_on_one_line():
    formatter = JsonFormatter()
    try:
        raise RuntimeError('boom "quoted"\nsecond line')
    except RuntimeError:
        record = logging.LogRecord("api.errors", logging.ERROR, __file__, 1, "unhandled error", (), sys.exc_info())
    record.request_id = "abc"
    line = formatter.format(record)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR" and parsed["logger"] == "api.errors"
    assert parsed["message"] == "unhandled error" and parsed["request_id"] == "abc"
    assert parsed["exception"].startswith("Traceback") and 'boom "quoted"\nsecond line' in parsed["exception"]


def test_app_errors_go_through_the_logging_config_as_json():
    """What a worker does: the dict config, then api.errors logging an exception."""
    script = (
        "import logging, logging.config\n"
        "from api.logs import logging_config\n"
        "logging.config.dictConfig(logging_config('info'))\n"
        "try:\n"
        "    1 / 0\n"
        "except ZeroDivisionError:\n"
        "    logging.getLogger('api.errors').exception('unhandled error', extra={'request_id': 'r-1'})\n"
        "logging.getLogger('api.errors').debug('not shown at info')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30, check=True)
    assert result.stderr == ""
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["logger"] == "api.errors" and record["request_id"] == "r-1"
    assert "ZeroDivisionError" in record["exception"]
