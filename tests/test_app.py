"""The application factory: configuration precedence and refusing what cannot be served."""

import sqlite3

import pytest

from api import create_app
from api.config import SETTINGS, ConfigError


def test_configuration_is_defaults_then_environment_then_test_mapping(database, monkeypatch):
    monkeypatch.setenv("CACHE_MAX_AGE", "42")
    monkeypatch.setenv("DATABASE_PATH", str(database))
    assert create_app().config["CACHE_MAX_AGE"] == 42
    assert create_app({"CACHE_MAX_AGE": 7}).config["CACHE_MAX_AGE"] == 7
    monkeypatch.delenv("CACHE_MAX_AGE")
    assert create_app().config["CACHE_MAX_AGE"] == 300


@pytest.mark.parametrize(("name", "value"), [("CACHE_MAX_AGE", "soon"), ("RESPONSE_CACHE_SIZE", "-1")])
def test_a_bad_setting_stops_start_up_naming_the_variable(database, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as raised:
        create_app({"DATABASE_PATH": str(database)})
    message = str(raised.value)
    assert message.startswith(name) and "\n" not in message


def test_a_missing_database_is_refused_with_one_line(tmp_path):
    with pytest.raises(ConfigError) as raised:
        create_app({"DATABASE_PATH": str(tmp_path / "absent.db")})
    assert "DATABASE_PATH" in str(raised.value) and "\n" not in str(raised.value)


def test_a_corrupt_database_is_refused(tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ConfigError, match="DATABASE_PATH"):
        create_app({"DATABASE_PATH": str(corrupt)})


def test_a_database_of_another_shape_is_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ConfigError, match="missing"):
        create_app({"DATABASE_PATH": str(other)})


def test_every_setting_has_a_default_and_a_meaning():
    for setting in SETTINGS:
        assert setting.meaning.endswith(".")
        assert setting.parse(str(setting.default)) == setting.default


def test_each_app_is_independent(database):
    first = create_app({"DATABASE_PATH": str(database), "CACHE_MAX_AGE": 1})
    second = create_app({"DATABASE_PATH": str(database), "CACHE_MAX_AGE": 2})
    assert first.config["CACHE_MAX_AGE"] != second.config["CACHE_MAX_AGE"]
