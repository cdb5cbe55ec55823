"""Configuration: defaults, then environment variables, then the test mapping.

Every setting an operator may change is an environment variable listed in
``SETTINGS`` (and in the README's table). A bad value stops start-up with one
line naming the variable.
"""

import os
from dataclasses import dataclass

from limits import parse_many

from .proxies import parse_networks


class ConfigError(Exception):
    """A setting is invalid or the database cannot be served."""


def positive_int(raw):
    value = int(raw)
    if value < 0:
        raise ValueError("must be zero or more")
    return value


def boolean(raw):
    lowered = str(raw).strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError("must be true or false")


def text(raw):
    return str(raw)


def rate_limits(raw):
    parse_many(raw)  # raises ValueError when malformed
    return raw


def storage_uri(raw):
    if not raw.startswith(("memory://", "redis://", "rediss://", "redis+sentinel://")):
        raise ValueError("must be memory:// or a redis:// URI")
    return raw


def networks(raw):
    parse_networks(raw)  # raises ValueError on a bad address
    return raw


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
        positive_int,
        "Seconds clients and shared caches may reuse a response (`Cache-Control: max-age`).",
    ),
    Setting("CURSOR_SECRET", "", text, "Key signing pagination cursors; empty derives one from the dataset version."),
    Setting("RESPONSE_CACHE_SIZE", 4096, positive_int, "Rendered responses kept per worker (0 disables the cache)."),
    Setting(
        "PUBLIC_URL",
        "",
        text,
        "Absolute base URL advertised in the OpenAPI `servers` list (empty: the relative URL `/`).",
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
        "",
        networks,
        "Comma-separated proxy addresses/CIDRs whose `X-Forwarded-For` names the client.",
    ),
)

DEFAULTS = {setting.name: setting.default for setting in SETTINGS}


def from_environment(environ=None):
    """Parse every known variable present in the environment."""
    environ = os.environ if environ is None else environ
    values = {}
    for setting in SETTINGS:
        raw = environ.get(setting.name)
        if raw is None:
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as error:
            raise ConfigError(f"{setting.name}={raw!r} is invalid: {error}") from None
    return values
