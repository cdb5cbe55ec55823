"""The application factory: configuration precedence and refusing what cannot be served."""

import inspect
import sqlite3

import pytest

from api import create_app
from api.config import SERVER_SETTINGS, SETTINGS, ConfigError, from_environment, integer, read


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
    for setting in (*SETTINGS, *SERVER_SETTINGS):
        assert setting.meaning.endswith(".")
        written = setting.default
        written = ",".join(map(str, written)) if isinstance(written, tuple) else str(written)
        assert read((setting,), {setting.name: written}) == ({setting.name: setting.default}, [])


def test_an_unset_or_blank_variable_takes_its_default():
    values, problems = read(SETTINGS, {"CACHE_MAX_AGE": "  ", "PUBLIC_URL": ""})
    assert problems == [] and values["CACHE_MAX_AGE"] == 300 and values["PUBLIC_URL"] == ""


def test_every_bad_variable_is_named_in_one_line():
    with pytest.raises(ConfigError) as raised:
        from_environment({"CACHE_MAX_AGE": "soon", "TRUSTED_PROXIES": "10.0.0.0/8,proxy.example"})
    message = str(raised.value)
    assert "CACHE_MAX_AGE='soon' is invalid: must be a whole number" in message
    assert "TRUSTED_PROXIES=" in message and "'proxy.example'" in message and "\n" not in message


def test_whole_numbers_are_checked_against_their_bounds():
    assert integer(0)("0") == 0
    with pytest.raises(ValueError, match="must be 0 or more"):
        integer(0)("-1")
    with pytest.raises(ValueError, match="must be between 1 and 65535"):
        integer(1, 65535)("70000")


def test_each_app_is_independent(database):
    first = create_app({"DATABASE_PATH": str(database), "CACHE_MAX_AGE": 1})
    second = create_app({"DATABASE_PATH": str(database), "CACHE_MAX_AGE": 2})
    assert first.config["CACHE_MAX_AGE"] != second.config["CACHE_MAX_AGE"]


def test_no_view_hook_or_handler_is_a_coroutine(app):
    """The app hands Flask's ensure_sync its functions unchecked: an ``async def`` one would never run."""
    hooks = [
        *app.view_functions.values(),
        *(f for funcs in app.before_request_funcs.values() for f in funcs),
        *(f for funcs in app.after_request_funcs.values() for f in funcs),
        *(f for funcs in app.teardown_request_funcs.values() for f in funcs),
        *(f for funcs in app.url_value_preprocessors.values() for f in funcs),
        *(f for scope in app.error_handler_spec.values() for codes in scope.values() for f in codes.values()),
    ]
    views = [f.view_class for f in app.view_functions.values() if hasattr(f, "view_class")]
    hooks += [getattr(view, method.lower()) for view in views for method in view.methods or ()]
    assert len(views) > 20
    assert not [f for f in hooks if inspect.iscoroutinefunction(inspect.unwrap(f))]
