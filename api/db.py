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
    # (collection, within, by) of every grouping the build stored within each value of a field (api.groups)
    groupings_within: frozenset
    # The file this process opened (``file_identity``): the download serves no other.
    file_identity: tuple


def file_identity(path):
    """What tells one file at ``path`` from another written over it (the build renames a new one in)."""
    found = os.stat(path)
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


def file_replaced(current):
    """Whether the file at ``current``'s path is no longer the one this process
    opened (a new build renamed in, even of the same version, or none at all):
    the process serves what it opened until it restarts."""
    try:
        return file_identity(current.path) != current.file_identity
    except OSError:
        return True


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
    identity = file_identity(path)
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
            groupings_within=frozenset(tuple(item) for item in orjson.loads(metadata["groupings_within"])),
            file_identity=identity,
        )
    except (KeyError, orjson.JSONDecodeError) as error:
        raise ConfigError(f"DATABASE_PATH: {path} has incomplete metadata ({error})") from None


def dataset():
    return current_app.extensions["dataset"]


def placeholders(values):
    """``?, ?, …``: one bound parameter for each of ``values``."""
    return ", ".join("?" * len(values))


def get_db():
    """This worker thread's read-only connection.

    Opening a connection costs far more than the queries of a typical request
    (SQLite parses the whole schema, FTS tables included, on first use), so
    each OS thread of a worker keeps one, opened lazily after fork: never
    shared across processes or threads. Under gevent every greenlet of a
    worker runs on its one OS thread and shares its connection: SQLite calls
    never yield, so greenlets use it in turn.
    """
    return current_app.extensions["db_connections"].get(dataset().uri)


class Connections:
    """The worker's connections, one per OS thread (see ``get_db``). Keyed by
    the OS thread, not ``threading.local``, which gevent makes per greenlet:
    one connection per client connection."""

    def __init__(self):
        self.pid = None
        self.by_thread = {}

    def get(self, uri):
        if self.pid != os.getpid():  # a fork: never use the parent's connections
            self.pid, self.by_thread = os.getpid(), {}
        thread = threading.get_native_id()
        connection = self.by_thread.get(thread)
        if connection is None:
            connection = self.by_thread[thread] = connect(uri)
        return connection
