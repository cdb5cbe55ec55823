"""Read-only access to the SQLite store.

The database is immutable between builds, so it is opened with
``immutable=1`` (no locking, no change detection) and ``query_only``.
"""

import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import orjson
from flask import current_app

from .config import ConfigError

REQUIRED_TABLES = ("metadata", "documents", "sources", "search", "search_fts")


@dataclass(frozen=True)
class Dataset:
    """What the app knows about the database it serves, read once at start-up."""

    path: Path
    uri: str
    version: str
    built_at: str
    license: dict
    counts: dict
    synthetic: bool


def connect(uri):
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    connection.execute("PRAGMA query_only = ON")
    # No ATTACH: even a connection talked out of query_only cannot reach another file.
    connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    return connection


def open_dataset(path, collections):
    """Check the database can be served and read its metadata; refuse clearly otherwise."""
    path = Path(path).resolve()
    if not path.is_file():
        raise ConfigError(f"DATABASE_PATH: no database at {path} (build it with `python -m seed --output {path}`)")
    uri = f"{path.as_uri()}?mode=ro&immutable=1"
    try:
        connection = connect(uri)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in (*REQUIRED_TABLES, *(c.table for c in collections)) if t not in tables]
            if missing:
                raise ConfigError(
                    f"DATABASE_PATH: {path} is not a dataset built by this version (missing {', '.join(missing)})"
                )
            metadata = dict(connection.execute("SELECT key, value FROM metadata"))
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise ConfigError(f"DATABASE_PATH: {path} is not a readable SQLite database ({error})") from None
    try:
        return Dataset(
            path=path,
            uri=uri,
            version=metadata["dataset_version"],
            built_at=metadata["built_at"],
            license=orjson.loads(metadata["license"]),
            counts=orjson.loads(metadata["counts"]),
            synthetic=metadata["synthetic"] == "true",
        )
    except (KeyError, orjson.JSONDecodeError) as error:
        raise ConfigError(f"DATABASE_PATH: {path} has incomplete metadata ({error})") from None


def dataset():
    return current_app.extensions["dataset"]


def get_db():
    """This worker's read-only connection.

    Opening a connection costs about 1 ms here (SQLite parses the whole
    schema, FTS tables included, on first use) against ~25 us for the
    queries of a typical request, so each worker thread keeps one, opened
    lazily after fork: never shared across processes or threads.
    """
    local = current_app.extensions["db_connections"]
    connection = getattr(local, "connection", None)
    if connection is None or local.pid != os.getpid():
        local.connection = connection = connect(dataset().uri)
        local.pid = os.getpid()
    return connection


def connections():
    """Per-thread holder of the worker's connection (see ``get_db``)."""
    return threading.local()
