"""Health on the real server: /healthz never touches the database; a database
that breaks under a running server gives 500 problems logged as JSON with the
traceback; /readyz should then answer a 503 problem."""

import http.client
import json
import os
import shutil

import pytest

from tests.test_serving_gunicorn import Server

pytestmark = pytest.mark.system


def get(server, path, request_id=None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request("GET", path, headers={"X-Request-ID": request_id} if request_id else {})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def break_in_place(path):
    """Zero the file's bytes, keeping its inode: open connections see it too."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.write(b"\0" * size)
        file.flush()
        os.fsync(file.fileno())


def test_a_database_broken_under_the_server_gives_logged_problems(database, tmp_path):
    served = tmp_path / "served.db"
    shutil.copyfile(database, served)
    with Server(served, tmp_path, workers=1, RESPONSE_CACHE_SIZE=0) as server:
        break_in_place(served)

        response, _ = get(server, "/healthz")
        assert response.status == 200  # alive: no I/O, so no restart loop over a data problem

        response, body = get(server, "/v1/people?limit=3", request_id="db-broken")
        assert response.status == 500
        assert response.getheader("Content-Type") == "application/problem+json"
        assert json.loads(body)["request_id"] == "db-broken"
        assert "Traceback" not in body.decode()

        assert server.wait_for_access("db-broken")["status"] == 500
        errors = [r for r in server.records() if r.get("logger") == "api.errors"]
        assert errors, server.stdout()[-3000:]
        assert errors[-1]["request_id"] == "db-broken" and errors[-1]["level"] == "ERROR"
        assert errors[-1]["exception"].startswith("Traceback") and "DatabaseError" in errors[-1]["exception"]
    assert server.stderr() == ""


@pytest.mark.parametrize("breakage", ["removed", "zeroed"])
def test_readiness_follows_the_database(database, tmp_path, breakage):
    served = tmp_path / "served.db"
    shutil.copyfile(database, served)
    with Server(served, tmp_path, workers=1) as server:
        response, body = get(server, "/readyz")
        assert response.status == 200 and json.loads(body)["status"] == "ready"
        assert "no-store" in response.getheader("Cache-Control", "")

        if breakage == "removed":
            served.rename(tmp_path / "moved-away.db")
        else:
            break_in_place(served)
        response, body = get(server, "/readyz")
        assert response.status == 503
        assert response.getheader("Content-Type") == "application/problem+json"
        assert json.loads(body)["code"] == "service_unavailable"

        if breakage == "removed":
            (tmp_path / "moved-away.db").rename(served)
            response, _ = get(server, "/readyz")
            assert response.status == 200
