"""api.gunicorn_adapter reaches into gunicorn's internals: these tests drive
the installed gunicorn's own error path, and fail on an upgrade that changes
what the adapter relies on (then widen pyproject.toml's range only once they pass)."""

import inspect
import json
import logging
import socket

import gunicorn
import pytest
from gunicorn import util
from gunicorn.http.errors import InvalidHeader, InvalidHTTPVersion, LimitRequestLine
from gunicorn.workers.base import Worker

from api import gunicorn_adapter
from api.problems import PROBLEM_TYPES

COVERED_MAJOR_VERSION = 27  # keep equal to pyproject.toml's gunicorn range


class WorkerState:
    """What ``Worker.handle_error`` reads from its worker when no request was parsed."""

    log = logging.getLogger("tests.gunicorn_adapter")
    cfg = None


@pytest.fixture()
def installed(monkeypatch):
    monkeypatch.setattr(util, "write_error", util.write_error)  # restored after the test
    gunicorn_adapter.install()


def refused(exc):
    """What gunicorn's worker writes to the client for ``exc``: ``(status line, headers, document)``."""
    server, client = socket.socketpair()
    with server, client:
        Worker.handle_error(WorkerState(), None, server, ("127.0.0.1", 4321), exc)
        server.close()
        received = b""
        while chunk := client.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines)
    return status_line, headers, json.loads(body)


def test_the_installed_gunicorn_is_a_covered_version():
    assert gunicorn.version_info[0] == COVERED_MAJOR_VERSION, gunicorn.__version__


def test_write_error_is_the_function_the_adapter_replaces():
    parameters = tuple(inspect.signature(util.write_error).parameters)
    assert parameters == gunicorn_adapter.WRITE_ERROR_PARAMETERS


@pytest.mark.parametrize(
    ("exc", "status", "code"),
    [
        (InvalidHeader("Bad Header Line"), 400, "invalid_request"),
        (InvalidHTTPVersion((9, 9)), 400, "invalid_request"),
        (LimitRequestLine(5000, 4094), 414, "uri_too_long"),
    ],
)
def test_the_workers_error_path_writes_a_problem(installed, exc, status, code):
    status_line, headers, document = refused(exc)
    assert status_line.startswith(f"HTTP/1.1 {status} ")
    assert headers["Content-Type"] == "application/problem+json"
    assert headers["Connection"] == "close"
    assert (document["status"], document["code"]) == (status, code)
    assert document["request_id"] == headers["X-Request-ID"]
    assert document["instance"] is None, "the request was never read: no path to name"
    assert document["detail"] == PROBLEM_TYPES[code][2], "the API's wording, not gunicorn's"


def test_install_refuses_a_write_error_of_another_shape(monkeypatch):
    monkeypatch.setattr(util, "write_error", lambda sock, status, reason: None)
    with pytest.raises(RuntimeError, match="write_error"):
        gunicorn_adapter.install()
