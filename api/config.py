"""Configuration: the one reader of the environment.

Every setting an operator may change is an environment variable listed here
(and in the README's table): ``SETTINGS`` are the app's (defaults, then
environment, then the test mapping of ``create_app``), ``SERVER_SETTINGS``
gunicorn's (gunicorn.conf.py). A variable that is unset or blank takes its
default. A bad value stops start-up with one line naming the variable.
"""

import os
import secrets
from dataclasses import dataclass

from limits import parse_many

from .proxies import parse_networks

MIN_SECRET_LENGTH = 32


class ConfigError(Exception):
    """A setting is invalid or the database cannot be served."""


def integer(low, high=None):
    """A parser of whole numbers from ``low`` (up to ``high``, when given)."""

    def parse(raw):
        try:
            value = int(raw)
        except ValueError:
            raise ValueError("must be a whole number") from None
        if value < low or (high is not None and value > high):
            raise ValueError(f"must be between {low} and {high}" if high is not None else f"must be {low} or more")
        return value

    return parse


def choice(*allowed):
    """A parser accepting one of ``allowed`` (in any case)."""

    def parse(raw):
        if raw.lower() not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return raw.lower()

    return parse


def boolean(raw):
    lowered = str(raw).strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError("must be true or false")


def text(raw):
    return str(raw)


def secret(raw):
    if len(raw) < MIN_SECRET_LENGTH:
        raise ValueError(f"must be at least {MIN_SECRET_LENGTH} characters")
    return raw


def rate_limits(raw):
    parse_many(raw)  # raises ValueError when malformed
    return raw


def storage_uri(raw):
    if not raw.startswith(("memory://", "redis://", "rediss://", "redis+sentinel://")):
        raise ValueError("must be memory:// or a redis:// URI")
    return raw


def cpus():
    """CPUs this process may run on (honours taskset and cpusets, unlike cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    parse: object
    meaning: str


SETTINGS = (
    Setting("DATABASE_PATH", "build/data.db", text, "SQLite file built by `python -m seed`, opened read-only."),
    Setting(
        "CACHE_MAX_AGE",
        300,
        integer(0),
        "Seconds clients and shared caches may reuse a response (`Cache-Control: max-age`).",
    ),
    Setting(
        "CURSOR_SECRET",
        "",
        secret,
        "Key signing pagination cursors (32+ characters). Unset: each server instance generates one at start-up "
        "that all its workers share; set the same one on every instance behind one address.",
    ),
    Setting("RESPONSE_CACHE_SIZE", 4096, integer(0), "Rendered responses kept per worker (0 disables the cache)."),
    Setting(
        "PUBLIC_URL",
        "",
        text,
        "Absolute base URL of the API: the OpenAPI `servers` list and the dataset citation's URL in `/v1/meta` "
        "(empty: the relative `/` and `/v1/meta`; never taken from a request's `Host`).",
    ),
    Setting(
        "RATE_LIMIT",
        "100/second;3000/minute",
        rate_limits,
        "Requests allowed per client address, `;`-separated (e.g. `10/second;500/minute`).",
    ),
    Setting("RATE_LIMIT_ENABLED", True, boolean, "Whether rate limiting applies at all."),
    Setting(
        "RATE_LIMIT_STORAGE_URI",
        "memory://",
        storage_uri,
        "Where counters live: `memory://` (per worker) or `redis://host:port` (shared by every instance).",
    ),
    Setting(
        "TRUSTED_PROXIES",
        (),
        parse_networks,
        "Comma-separated proxy addresses/CIDRs whose `X-Forwarded-For` names the client.",
    ),
)

# Measurements behind the defaults: gunicorn.conf.py and docs/deploy.md.
SERVER_SETTINGS = (
    Setting("HOST", "127.0.0.1", text, "Address gunicorn binds."),
    Setting("PORT", 8000, integer(1, 65535), "Port gunicorn binds."),
    Setting("WEB_CONCURRENCY", cpus() + 1, integer(1, 256), "gunicorn worker processes."),
    Setting("WORKER_CLASS", "gevent", choice("gevent", "gthread", "sync"), "gunicorn worker class."),
    Setting("WORKER_CONNECTIONS", 1000, integer(1, 100000), "Simultaneous connections per gevent worker."),
    Setting("THREADS", 2, integer(1, 64), "Threads per gthread worker."),
    Setting("KEEPALIVE", 5, integer(0, 300), "Seconds an idle keep-alive connection stays open."),
    Setting("TIMEOUT", 30, integer(1, 3600), "Seconds a silent worker gets before it is replaced."),
    Setting("GRACEFUL_TIMEOUT", 20, integer(1, 3600), "Seconds workers get to finish requests after SIGTERM."),
    Setting("MAX_REQUESTS", 1000000, integer(0), "Requests after which a worker is recycled (0: never)."),
    Setting("MAX_REQUESTS_JITTER", 100000, integer(0), "Up to this many more, so workers do not recycle together."),
    Setting(
        "LOG_LEVEL",
        "info",
        choice("debug", "info", "warning", "error", "critical"),
        "Level of gunicorn's and the app's logs.",
    ),
)

BY_NAME = {setting.name: setting for setting in (*SETTINGS, *SERVER_SETTINGS)}


def read(settings, environ=None):
    """``(values, problems)``: each setting from the environment (its default
    when unset or blank), and one line per bad value, naming the variable."""
    environ = os.environ if environ is None else environ
    values, problems = {}, []
    for setting in settings:
        raw = environ.get(setting.name, "").strip()
        if not raw:
            values[setting.name] = setting.default
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as error:
            problems.append(f"{setting.name}={raw!r} is invalid: {error}")
            values[setting.name] = setting.default
    return values, problems


def from_environment(environ=None):
    """The app's settings from the environment; ``ConfigError`` names every bad one, on one line."""
    values, problems = read(SETTINGS, environ)
    if problems:
        raise ConfigError("; ".join(problems))
    return values


def ensure_cursor_secret(environ=None):
    """Generate ``CURSOR_SECRET`` in ``environ`` when unset, before a server
    forks its workers: they inherit it, so a cursor one worker issued is
    valid on every other (a secret derived from anything public would let
    anyone sign cursors)."""
    environ = os.environ if environ is None else environ
    if not environ.get("CURSOR_SECRET", "").strip():
        environ["CURSOR_SECRET"] = secrets.token_urlsafe(MIN_SECRET_LENGTH)


def setting(name, environ=None):
    """One setting's value from the environment; ``ConfigError`` when it is bad."""
    values, problems = read((BY_NAME[name],), environ)
    if problems:
        raise ConfigError(problems[0])
    return values[name]
