"""What the server refuses before the app runs, sent as raw bytes to a live
gunicorn: each refusal is the API's problem document with the code its type
documents, and the same headers as any other problem."""

import json

import pytest

from api.http import EXPOSED_HEADERS, SECURITY_HEADERS
from api.problems import PROBLEM_TYPES
from tests.test_hostile_input import raw_request

pytestmark = pytest.mark.system


def request(request_line=b"GET /v1 HTTP/1.1", headers=b""):
    return request_line + b"\r\nHost: 127.0.0.1\r\n" + headers + b"Connection: close\r\n\r\n"


REFUSALS = {
    # name: (request bytes, status, code)
    "a header line without a colon": (request(headers=b"Bad Header Line\r\n"), 400, "invalid_request"),
    "a non-numeric Content-Length": (request(headers=b"Content-Length: ten\r\n"), 400, "invalid_request"),
    "an unknown HTTP version": (request(b"GET /v1 HTTP/9.9"), 400, "invalid_request"),
    "a NUL in a header": (request(headers=b"X-Bad: a\x00b\r\n"), 400, "invalid_request"),
    "a malformed method": (request(b"G(T /v1 HTTP/1.1"), 400, "invalid_request"),
    "a request line over 4094 bytes": (request(b"GET /v1?q=" + b"a" * 5000 + b" HTTP/1.1"), 414, "uri_too_long"),
    "a header over 8190 bytes": (
        request(headers=b"X-Padding: " + b"a" * 10_000 + b"\r\n"),
        431,
        "request_header_fields_too_large",
    ),
    "more than 100 headers": (
        request(headers=b"".join(b"X-H%d: 1\r\n" % i for i in range(101))),
        431,
        "request_header_fields_too_large",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_a_refused_request_is_a_problem_with_its_documented_code(live_server, case):
    request_bytes, status, code = REFUSALS[case]
    answered, headers, body = raw_request(live_server, request_bytes)
    assert answered == status, (case, body[:300])
    document = json.loads(body)
    assert set(document) == {"type", "title", "status", "detail", "code", "errors", "request_id", "instance"}
    assert (document["status"], document["code"], document["type"]) == (status, code, f"/problems/{code}")
    assert document["title"] == PROBLEM_TYPES[code][1]
    assert document["detail"] and document["errors"] == []
    assert document["request_id"] == headers["x-request-id"]


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_a_refused_request_has_the_headers_of_every_problem(live_server, case):
    request_bytes, _, _ = REFUSALS[case]
    _, headers, body = raw_request(live_server, request_bytes)
    assert headers["content-type"] == "application/problem+json"
    assert int(headers["content-length"]) == len(body)
    assert headers["cache-control"] == "no-store"
    assert headers["connection"] == "close"
    assert headers["access-control-allow-origin"] == "*"
    assert headers["access-control-expose-headers"] == ", ".join(EXPOSED_HEADERS)
    for name, value in SECURITY_HEADERS.items():
        assert headers[name.lower()] == value
    assert headers["content-security-policy"].startswith("default-src 'none'")


def test_the_server_still_answers_after_refusing(live_server):
    for request_bytes, _, _ in REFUSALS.values():
        raw_request(live_server, request_bytes)
    assert raw_request(live_server, request(b"GET /readyz HTTP/1.1"))[0] == 200
