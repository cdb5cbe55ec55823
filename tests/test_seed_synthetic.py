"""The synthetic benchmark dataset: written by the real build's writer, marked synthetic, never the served file."""

import json
import sqlite3

import pytest

from api import create_app
from schemas.collections import COLLECTIONS
from seed.synthetic import build_synthetic, sizes

BUILT_AT = "2021-04-07T00:00:00Z"


def schema_of(path):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "synthetic-1.db"
    version, counts = build_synthetic(1, path, built_at=BUILT_AT)
    return path, version, counts


def test_the_synthetic_dataset_has_the_real_layout(synthetic, database):
    path, _, _ = synthetic
    assert schema_of(path) == schema_of(database)


def test_the_synthetic_dataset_says_it_is_synthetic(synthetic):
    path, version, counts = synthetic
    connection = sqlite3.connect(path)
    metadata = dict(connection.execute("SELECT key, value FROM metadata"))
    assert metadata["synthetic"] == "true"
    assert metadata["dataset_version"] == version and version.startswith("synthetic-")
    stored = json.loads(metadata["counts"])
    derived = {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in ("documents", "claims")
    }
    assert stored == {**counts, **derived} and counts == sizes(1)
    for collection in COLLECTIONS:
        ids = [row[0] for row in connection.execute(f'SELECT "id" FROM "{collection.table}"')]
        assert len(ids) == counts[collection.name]
        assert all(record_id.startswith("synthetic-") for record_id in ids)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_synthetic_dataset_is_served_like_the_real_one(synthetic):
    path, _, counts = synthetic
    client = create_app({"DATABASE_PATH": str(path), "RATE_LIMIT_ENABLED": False}).test_client()
    assert client.get("/v1/meta").get_json()["synthetic"] is True
    body = client.get("/v1/projects").get_json()
    assert body["meta"]["total"] == counts["projects"]
    record = body["data"][0]
    assert client.get(record["links"]["self"]).get_json() == record
    assert client.get("/v1/search", query_string={"q": "synthetic"}).get_json()["data"]


def test_a_synthetic_dataset_is_never_written_as_the_served_database(tmp_path):
    with pytest.raises(ValueError, match=r"build/data\.db"):
        build_synthetic(1, tmp_path / "data.db")
    assert list(tmp_path.iterdir()) == []
