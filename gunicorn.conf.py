"""gunicorn settings shared by `make run`, the tests and the container image.

Every value below can be overridden by an environment variable; docs/deploy.md
lists them with the measurements behind the defaults. A bad value (or a
missing or corrupt database) stops the server before any worker boots, with
one line on stderr naming the variable; `on_starting` does that check.

Logs are JSON lines on stdout (see api/logs.py): one per request, plus
gunicorn's own messages and the app's errors.
"""

import gc
import os
import sys

try:
    # Not `config`: gunicorn would take a module-level `config` for its own setting.
    from api.config import SERVER_SETTINGS, SETTINGS, ConfigError, ensure_cursor_secret, read
    from api.logs import logging_config
    from api.ratelimit import share_windows
except Exception as error:  # a broken install, not a bad setting: still one line, no traceback
    sys.stderr.write(f"shanghai-investment-api: refusing to start: the application cannot be imported: {error!r}\n")
    raise SystemExit(1) from None

# Every variable, parsed by api/config.py; a bad one is reported by
# `on_starting` (one line on stderr, never a traceback) and meanwhile takes its default.
settings, problems = read((*SERVER_SETTINGS, *SETTINGS))

# --- Where ---------------------------------------------------------------
host, port = settings["HOST"], settings["PORT"]
bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

# --- Workers -------------------------------------------------------------
# gevent by default: a client that sends its request slowly holds one
# greenlet, not a thread or a whole worker, so slow connections cannot stop
# the server (tests/test_slow_clients.py). One busy gevent worker uses a
# core; one more than the CPUs keeps a spare when a worker is recycled or
# killed. docs/deploy.md has the measurements behind the worker class and
# count, and the threads of the gthread alternative.
workers = settings["WEB_CONCURRENCY"]
worker_class = settings["WORKER_CLASS"]
worker_connections = settings["WORKER_CONNECTIONS"]
threads = settings["THREADS"] if worker_class == "gthread" else 1
keepalive = settings["KEEPALIVE"]
timeout = settings["TIMEOUT"]
graceful_timeout = settings["GRACEFUL_TIMEOUT"]
# Recycle workers now and then (a safety net against slow leaks); the jitter
# keeps them from all restarting at once. Rarely: a recycle stalls the worker's
# connections for a boot (0.3-0.8 s: imports and create_app) and empties its
# response and count caches; at 20000 a busy worker (3,500 req/s) recycled every
# ~6 s and p99 went from ~8 ms to 100-500 ms (BENCHMARKS.md).
max_requests = settings["MAX_REQUESTS"]
max_requests_jitter = settings["MAX_REQUESTS_JITTER"]

# Each worker builds the app after fork; the app opens SQLite read-only
# (immutable=1) lazily, one connection per worker thread keyed by pid, so no
# connection or file handle is ever shared across a fork. The master only
# imports code and checks the database (and closes it) in `on_starting`.
preload_app = False

# Heartbeat files on tmpfs when there is one (a container's disk may block):
# gunicorn's documented advice for containers.
_tmpfs = "/dev/shm"  # noqa: S108  # nosec B108: tmpfs for heartbeat files, not a temp file path
worker_tmp_dir = _tmpfs if os.path.isdir(_tmpfs) and os.access(_tmpfs, os.W_OK) else None

# No runtime control socket ($HOME/.gunicorn/gunicorn.ctl): nothing uses it,
# several instances on one host would share its path, and $HOME may be read-only.
control_socket_disable = True

# --- Proxies ---------------------------------------------------------------
# TRUSTED_PROXIES: comma-separated IPs/CIDRs whose X-Forwarded-For (client
# address in the access log) and X-Forwarded-Proto (scheme) are believed.
forwarded_allow_ips = ",".join(str(network) for network in settings["TRUSTED_PROXIES"]) or "127.0.0.1,::1"
# Those are the only forwarded headers believed. gunicorn would otherwise let
# any of these peers set SCRIPT_NAME and PATH_INFO (a prefix that poisons
# cached links; a mismatched one is a 500) and the scheme by two more headers.
forwarder_headers = ""  # none (gunicorn takes a comma-separated string)
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"}

# --- Logs: JSON lines on stdout ----------------------------------------------
loglevel = settings["LOG_LEVEL"]
accesslog = "-"
errorlog = "-"
logger_class = "api.logs.JsonAccessLogger"
logconfig_dict = logging_config(loglevel)

proc_name = "shanghai-investment-api"
# gunicorn's Server header is "gunicorn", without a version.


def check_environment():
    """Every problem with the configuration and the database, as one line (or None)."""
    from api.db import open_dataset
    from schemas.collections import COLLECTIONS

    found = list(problems)
    database = settings["DATABASE_PATH"]
    if not os.path.isabs(database):
        database = os.path.join(os.getcwd(), database)
    try:
        open_dataset(database, COLLECTIONS)
    except ConfigError as error:
        found.append(str(error))
    except Exception as error:
        found.append(f"DATABASE_PATH: {database} cannot be opened ({type(error).__name__}: {error})")
    if not found:
        return None
    return "; ".join(" ".join(str(problem).splitlines()) for problem in found)


def on_starting(server):
    """Refuse to start, in one line on stderr, before binding or forking anything."""
    message = check_environment()
    if message:
        sys.stderr.write(f"{proc_name}: refusing to start: {message}\n")
        sys.stderr.flush()
        raise SystemExit(1)
    # Before forking: what every worker of this instance must share.
    ensure_cursor_secret()
    if settings["RATE_LIMIT_ENABLED"] and settings["RATE_LIMIT_STORAGE_URI"].startswith("memory://"):
        unshared = share_windows()
        if unshared:
            server.log.warning(unshared)


def post_worker_init(worker):
    """What gunicorn itself refuses (a 414 for an over-long request line, a
    431 or 400 for bad headers) is answered as the API's problem document,
    not gunicorn's HTML page.

    The app loaded (schemas, routes, the OpenAPI document) lives as long as
    the worker: frozen out of the garbage collector's reach, a full
    collection under load no longer walks it, which stalled every request in
    flight (docs/deploy.md measures it)."""
    from api.gunicorn_adapter import install

    install()
    gc.collect()
    gc.freeze()


def pre_request(worker, req):
    """Under gevent, let every other connection go first, until the worker
    has nothing else to do: a client that sends its next request at once
    would otherwise keep a worker to itself, and the others' requests wait.
    Waiting until the event loop is idle, rather than for one turn of it,
    also keeps the slowest answers near the median under load
    (docs/deploy.md measures both)."""
    if worker_class == "gevent":
        from gevent import idle

        idle()
