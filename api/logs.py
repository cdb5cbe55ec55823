"""Structured logs: one JSON object per line, on stdout.

* ``JsonAccessLogger`` is gunicorn's ``logger_class``: one line per request
  with the time, method, path, query, status, duration, bytes sent, the
  ``X-Request-ID`` the response carried, the client address and user agent.
* ``JsonFormatter`` formats every other record (gunicorn's error log, the
  app's ``api.errors`` logger) as one JSON line, a traceback included as an
  escaped string.
* ``logging_config`` is the ``logconfig_dict`` that wires both to stdout.

The client address follows ``TRUSTED_PROXIES`` by api/proxies.py's rule.
"""

import datetime
import logging
import os
import time
import traceback

import orjson
from gunicorn.glogging import Logger
from pythonjsonlogger.orjson import OrjsonFormatter

from . import config
from .http import header
from .proxies import client_address

# The fields of every record, and their names in the JSON line (python-json-logger
# adds whatever was passed with ``extra=``).
RECORD_FIELDS = ("asctime", "levelname", "name", "message", "process")
FIELD_NAMES = {
    "asctime": "time",
    "levelname": "level",
    "name": "logger",
    "process": "pid",
    "exc_info": "exception",
    "stack_info": "stack",
}


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
        # One orjson.dumps, not JsonFormatter: 9 us a line against 18 us through python-json-logger.
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


class JsonFormatter(OrjsonFormatter):
    """Any log record as one JSON line (python-json-logger): time, level,
    logger, message, pid, extras, exception; the time as the access lines write it."""

    def __init__(self):
        super().__init__(list(RECORD_FIELDS), rename_fields=FIELD_NAMES)

    def formatTime(self, record, datefmt=None):
        return iso_time(record.created)


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
