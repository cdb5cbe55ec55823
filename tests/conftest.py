"""Shared fixtures: the database is built once per test session, from seed/."""

import pytest

from api import create_app
from seed.build import build


@pytest.fixture(scope="session")
def database(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "data.db"
    build(path, built_at="2021-04-07T00:00:00Z")
    return path


@pytest.fixture(scope="session")
def app(database):
    return create_app({"DATABASE_PATH": str(database)})


@pytest.fixture()
def client(app):
    return app.test_client()
