"""Structured logs: one JSON object per line, on stdout.

* ``JsonAccessLogger`` is gunicorn's ``logger_class``: one line per request
  with the time, method, path, query, status, duration, bytes sent, the
  ``X-Request-ID`` the response carried, the client address and user agent.
* ``JsonFormatter`` formats every other record (gunicorn's error log, the
  app's ``api.errors`` logger) as one JSON line, a traceback included as an
  escaped string.
* ``logging_config`` is the ``logconfig_dict`` that wires both to stdout.

The client address honours ``TRUSTED_PROXIES`` (comma-separated IPs or CIDR
networks): when the TCP peer is a trusted proxy, the client is the right-most
``X-Forwarded-For`` entry that is not itself a trusted proxy. Entries left of
it were written by the client and cannot be believed.
"""

import datetime
import json
import logging
import os
import time
import traceback

import orjson
from gunicorn.glogging import Logger

from . import config
from .proxies import client_address

# Attributes every LogRecord has; anything else was passed with ``extra=``.
STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", logging.INFO, "", 0, "", (), None)).keys() | {"message", "asctime", "taskName"}
)


def wsgi_text(value):
    """WSGI strings are bytes decoded as latin-1; show them as the UTF-8 they were."""
    if value is None:
        return None
    try:
        return value.encode("latin-1").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return value


def iso_time(timestamp):
    moment = datetime.datetime.fromtimestamp(timestamp, datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def header(headers, name):
    """A header from gunicorn's list of ``(name, value)`` pairs (or a mapping)."""
    items = headers.items() if hasattr(headers, "items") else headers
    for key, value in items or ():
        if key.lower() == name:
            return value
    return None


class JsonAccessLogger(Logger):
    """gunicorn's logger, writing each access as one JSON object."""

    def setup(self, cfg):
        super().setup(cfg)
        try:
            self.trusted = config.setting("TRUSTED_PROXIES")
        except config.ConfigError:  # gunicorn.conf.py's on_starting refuses to start, naming it
            self.trusted = ()

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        try:
            self.access_log.info(self.access_line(resp, environ, request_time))
        except Exception:
            self.error(traceback.format_exc())

    def access_line(self, resp, environ, request_time):
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        try:
            status = int(status)
        except (TypeError, ValueError):
            pass
        duration = request_time.total_seconds()
        sent = getattr(resp, "sent", None)
        entry = {
            "time": iso_time(time.time() - duration),
            "type": "access",
            "method": environ.get("REQUEST_METHOD"),
            "path": wsgi_text(environ.get("PATH_INFO")),
            "query": wsgi_text(environ.get("QUERY_STRING", "")),
            "status": status,
            "duration_ms": round(duration * 1000, 3),
            "bytes": sent,
            "request_id": header(resp.headers, "x-request-id"),
            "remote_addr": client_address(
                environ.get("REMOTE_ADDR"), environ.get("HTTP_X_FORWARDED_FOR"), self.trusted
            ),
            "peer": environ.get("REMOTE_ADDR"),
            "user_agent": wsgi_text(environ.get("HTTP_USER_AGENT")),
            "protocol": environ.get("SERVER_PROTOCOL"),
            "pid": os.getpid(),
        }
        return orjson.dumps(entry).decode()


class JsonFormatter(logging.Formatter):
    """Any log record as one JSON line: time, level, logger, message, pid, extras, exception."""

    def format(self, record):
        entry = {
            "time": iso_time(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
        }
        for key, value in vars(record).items():
            if key not in STANDARD_ATTRIBUTES and not key.startswith("_") and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, separators=(",", ":"), default=str)


class MessageFormatter(logging.Formatter):
    """The record's message as is: access lines are already JSON."""

    def format(self, record):
        return record.getMessage()


def logging_config(level="info"):
    """The ``logconfig_dict``: everything as JSON lines on stdout."""
    level = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": "api.logs.JsonFormatter"},
            "message": {"()": "api.logs.MessageFormatter"},
        },
        "handlers": {
            "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
            "access": {"class": "logging.StreamHandler", "formatter": "message", "stream": "ext://sys.stdout"},
        },
        "root": {"level": "WARNING", "handlers": ["stdout"]},
        "loggers": {
            "gunicorn.error": {"level": level, "handlers": ["stdout"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
            # Flask's app logger is named after the package; giving it a handler
            # keeps Flask from adding its plain-text stderr one. api.errors propagates here.
            "api": {"level": level, "handlers": ["stdout"], "propagate": False},
        },
    }
