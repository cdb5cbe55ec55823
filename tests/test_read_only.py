"""Read-only by construction: the database cannot be written through the app,
no path accepts a write method, and the served file is byte-for-byte what the
build produced, after the whole test suite has exercised the API.
"""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from api import create_app
from api.db import dataset, get_db
from seed.build import build
from tests.conftest import openapi_document

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = openapi_document()
WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"]
BUILT_AT = "2021-04-07T00:00:00Z"  # as tests/conftest.py builds the session database


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def siblings(path):
    """Files SQLite would leave beside a database it wrote to."""
    path = Path(path)
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


@pytest.fixture(scope="session")
def served_database_unchanged(database):
    """Records the served file's hash when first used; at the very end of the
    session (this fixture's teardown runs after the last test of the whole
    suite) the file must be unchanged, with nothing written beside it."""
    before = sha256(database)
    yield before
    assert sha256(database) == before, f"{database} changed during the test session"
    assert siblings(database) == [], f"files appeared beside {database}: {siblings(database)}"


def test_the_served_database_is_exactly_what_the_build_produces(database, served_database_unchanged, tmp_path):
    """The build is deterministic, so a fresh build is the reference: the served
    file is unchanged by every test that ran before this one."""
    fresh = tmp_path / "fresh.db"
    build(fresh, built_at=BUILT_AT)
    assert sha256(fresh) == served_database_unchanged == sha256(database)


@pytest.fixture()
def private_app(database):
    """An app of its own: these tests change their connection's pragmas."""
    return create_app({"DATABASE_PATH": str(database), "RATE_LIMIT_ENABLED": False})


def test_the_database_is_opened_read_only_and_immutable(private_app):
    with private_app.app_context():
        assert "mode=ro" in dataset().uri and "immutable=1" in dataset().uri
        db = get_db()
        assert db.execute("PRAGMA query_only").fetchone()[0] == 1


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TABLE intruder (x)",
        "UPDATE metadata SET value = 'tampered' WHERE key = 'dataset_version'",
        "DELETE FROM projects",
        "INSERT INTO metadata (key, value) VALUES ('intruder', 'x')",
        "DROP TABLE search_fts",
        "PRAGMA user_version = 7",
        "VACUUM",
    ],
)
def test_no_write_goes_through_the_apps_connection(private_app, database, statement, served_database_unchanged):
    with private_app.app_context():
        db = get_db()
        with pytest.raises(sqlite3.OperationalError):
            db.execute(statement)
        # Not even with the query_only guard turned off: the file is opened mode=ro.
        db.execute("PRAGMA query_only = OFF")
        with pytest.raises(sqlite3.OperationalError):
            db.execute(statement)
    assert sha256(database) == served_database_unchanged


@pytest.mark.parametrize(
    "statement",
    ["ATTACH DATABASE '{target}' AS intruder", "VACUUM INTO '{target}'"],
    ids=["attach", "vacuum-into"],
)
def test_the_apps_connection_cannot_create_other_database_files(private_app, tmp_path, statement):
    """Defence in depth: were SQL ever injected, the connection could still open
    and write a new file (ATTACH, VACUUM INTO) unless attaching is disabled."""
    target = tmp_path / "intruder.db"
    with private_app.app_context():
        db = get_db()
        db.execute("PRAGMA query_only = OFF")
        try:
            db.execute(statement.format(target=target))
            db.execute("CREATE TABLE intruder.t (x)") if "ATTACH" in statement else None
        except sqlite3.Error:
            pass
    assert not target.exists() or target.stat().st_size == 0, f"the app's connection wrote {target}"


# ---------------------------------------------------------------------------
# Every path of the document refuses every write method
# ---------------------------------------------------------------------------


def example_path(path, item):
    """``path`` with every path parameter replaced by its documented example."""
    parameters = [*item.get("parameters", []), *item.get("get", {}).get("parameters", [])]
    for parameter in parameters:
        if parameter.get("in") == "path":
            example = parameter.get("example") or parameter.get("schema", {}).get("example") or "x"
            path = path.replace("{" + parameter["name"] + "}", str(example))
    return path.replace("{code}", "not_found")


PATHS = [example_path(path, item) for path, item in DOCUMENT["paths"].items()]
EXTRA_PATHS = ["/docs", "/redoc", "/openapi.json", "/static/redoc/redoc.standalone.js"]


@pytest.mark.parametrize("method", WRITE_METHODS)
@pytest.mark.parametrize("path", PATHS + EXTRA_PATHS)
def test_every_write_method_on_every_path_is_a_405_problem(client, path, method, served_database_unchanged):
    response = client.open(
        path,
        method=method,
        data=b'{"name": "intruder"}',
        headers={"Content-Type": "application/json", "X-Request-ID": "write-attempt"},
    )
    assert response.status_code == 405, (method, path, response.status_code)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["code"] == "method_not_allowed" and body["status"] == 405
    allowed = {m.strip() for m in response.headers["Allow"].split(",")}
    assert "GET" in allowed and not allowed & set(WRITE_METHODS), (path, allowed)
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", ["/v1/projects", "/v1/projects/5g-valley"])
def test_method_override_headers_change_nothing(client, path):
    for header in ("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"):
        assert client.post(path, headers={header: "GET"}).status_code == 405
        assert client.get(path, headers={header: "DELETE"}).status_code == 200


def test_the_documented_operations_are_all_reads():
    methods = {method for item in DOCUMENT["paths"].values() for method in item if method != "parameters"}
    assert methods == {"get"}


@pytest.mark.parametrize("method", WRITE_METHODS)
def test_the_real_server_refuses_writes(live_server, method, served_database_unchanged):
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        f"{live_server}/v1/projects", data=b"{}", method=method, headers={"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert refused.value.headers["Content-Type"].startswith("application/problem+json")
    assert "GET" in refused.value.headers["Allow"]
