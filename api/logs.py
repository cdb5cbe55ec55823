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
import ipaddress
import json
import logging
import os
import time
import traceback

from gunicorn.glogging import Logger

# Attributes every LogRecord has; anything else was passed with ``extra=``.
STANDARD_ATTRIBUTES = frozenset(
    vars(logging.LogRecord("", logging.INFO, "", 0, "", (), None)).keys() | {"message", "asctime", "taskName"}
)


def parse_networks(raw):
    """``"10.0.0.0/8, 192.168.1.7"`` as a tuple of networks; ``ValueError`` names a bad entry."""
    networks = []
    for entry in (part.strip() for part in str(raw).split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(f"{entry!r} is not an IP address or CIDR network") from None
    return tuple(networks)


def trusted_proxies(environ=None):
    """``TRUSTED_PROXIES`` from the environment (empty: trust no proxy)."""
    environ = os.environ if environ is None else environ
    return parse_networks(environ.get("TRUSTED_PROXIES", ""))


def as_address(text):
    """An IP address from an address as proxies write it (``1.2.3.4``, ``1.2.3.4:80``,
    ``[::1]:80``, ``::1``), or ``None``."""
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(peer, forwarded_for, networks):
    """The client's address: the peer, unless the peer is a trusted proxy.

    Walking ``X-Forwarded-For`` from the right, every trusted proxy is
    skipped; the first entry that is not trusted is the client. An entry that
    is not an address stops the walk at the last hop that could be trusted.
    When every entry is trusted, the left-most one is the client.
    """
    peer_address = as_address(peer or "")
    if not forwarded_for or not is_trusted(peer_address, networks):
        return peer or "-"
    current = str(peer_address)
    for entry in reversed([part for part in forwarded_for.split(",") if part.strip()]):
        address = as_address(entry)
        if address is None:
            return current
        current = str(address)
        if not is_trusted(address, networks):
            return current
    return current


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
            self.trusted = trusted_proxies()
        except ValueError:  # gunicorn.conf.py's on_starting refuses to start, naming it
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
        return json.dumps(entry, separators=(",", ":"))


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
