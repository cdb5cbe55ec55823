"""Start-up refusal, with real processes: gunicorn started as `make run` starts
it must stop before any worker boots, exit non-zero and say why in one line
on stderr that names the variable, never with a traceback."""

import os
import sqlite3
import subprocess

import pytest

from tests.test_serving_gunicorn import GUNICORN, ROOT, free_port

pytestmark = pytest.mark.system


def start(database, **environment):
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "1",
        "DATABASE_PATH": str(database),
        **environment,
    }
    return subprocess.run(GUNICORN, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)


def assert_refused(result, variable):
    lines = result.stderr.splitlines()
    assert result.returncode != 0
    assert len(lines) == 1, result.stderr
    assert variable in lines[0]
    assert "refusing to start" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert "Booting worker" not in result.stdout


def test_a_missing_database(tmp_path):
    result = start(tmp_path / "absent.db")
    assert_refused(result, "DATABASE_PATH")
    assert "absent.db" in result.stderr


def test_a_corrupt_database(tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    assert_refused(start(corrupt), "DATABASE_PATH")


def test_a_database_of_another_shape(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert_refused(start(other), "DATABASE_PATH")


def test_a_truncated_database(database, tmp_path):
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(database.read_bytes()[:4096])
    assert_refused(start(truncated), "DATABASE_PATH")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CACHE_MAX_AGE", "soon"),
        ("CACHE_MAX_AGE", "-5"),
        ("RESPONSE_CACHE_SIZE", "lots"),
        ("WEB_CONCURRENCY", "0"),
        ("PORT", "70000"),
        ("TIMEOUT", "0"),
        ("KEEPALIVE", "forever"),
        ("LOG_LEVEL", "chatty"),
        ("TRUSTED_PROXIES", "10.0.0.0/8,proxy.example"),
    ],
)
def test_a_bad_setting(database, variable, value):
    assert_refused(start(database, **{variable: value}), variable)


def test_several_problems_still_make_one_line(tmp_path):
    result = start(tmp_path / "absent.db", CACHE_MAX_AGE="soon", TIMEOUT="never")
    assert_refused(result, "DATABASE_PATH")
    assert "CACHE_MAX_AGE" in result.stderr and "TIMEOUT" in result.stderr
