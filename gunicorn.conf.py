"""gunicorn settings shared by `make run`, the tests and the container image.

Every value below can be overridden by an environment variable; docs/deploy.md
lists them with the measurements behind the defaults. A bad value (or a
missing or corrupt database) stops the server before any worker boots, with
one line on stderr naming the variable; `on_starting` does that check.

Logs are JSON lines on stdout (see api/logs.py): one per request, plus
gunicorn's own messages and the app's errors.
"""

import os
import sys

# Problems found while reading the environment; reported by `on_starting`
# (so that a bad value is one line on stderr, never a traceback).
problems = []


def _setting(name, default, parse):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return parse(raw)
    except ValueError as error:
        problems.append(f"{name}={raw!r} is invalid: {error}")
        return default


def _integer(low, high=None):
    def parse(raw):
        try:
            value = int(raw)
        except ValueError:
            raise ValueError("must be a whole number") from None
        if value < low or (high is not None and value > high):
            raise ValueError(f"must be between {low} and {high}" if high is not None else f"must be {low} or more")
        return value

    return parse


def _choice(*allowed):
    def parse(raw):
        if raw.lower() not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return raw.lower()

    return parse


def _networks(raw):
    from api.logs import parse_networks

    return ",".join(str(network) for network in parse_networks(raw))


def _cpus():
    """CPUs this process may run on (honours taskset and cpusets, unlike cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# --- Where ---------------------------------------------------------------
host = _setting("HOST", "127.0.0.1", str)
port = _setting("PORT", 8000, _integer(1, 65535))
bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

# --- Workers -------------------------------------------------------------
# Measured in docs/deploy.md (wrk, server and client pinned apart). On
# loopback, sync and gthread serve the same ~4,500-4,800 req/s on a core, but
# gthread keeps connections alive (over a network every sync request pays a
# TCP handshake) and a slow client holds one thread, not a whole worker.
# 2 threads per worker: 4 serve ~5-8 % more but double p99 (one GIL shared
# by more requests in progress: 10 ms against 5 ms at p50 3-3.5 ms); 1
# thread has the shortest tail, but one slow download stalls the worker.
# 1-3 workers per core are flat; 2 x CPUs + 1 keeps a spare when a worker
# is recycled or killed.
workers = _setting("WEB_CONCURRENCY", _cpus() * 2 + 1, _integer(1, 256))
worker_class = _setting("WORKER_CLASS", "gthread", _choice("gthread", "sync"))
threads = _setting("THREADS", 2, _integer(1, 64))
if worker_class == "sync":
    threads = 1
keepalive = _setting("KEEPALIVE", 5, _integer(0, 300))
timeout = _setting("TIMEOUT", 30, _integer(1, 3600))
graceful_timeout = _setting("GRACEFUL_TIMEOUT", 20, _integer(1, 3600))
# Recycle workers now and then (a safety net against slow leaks); the jitter
# keeps them from all restarting at once. Rarely: a recycle stalls the worker's
# connections for a boot (0.3-0.8 s: imports and create_app) and empties its
# response and count caches; at 20000 a busy worker (3,500 req/s) recycled every
# ~6 s and p99 went from ~8 ms to 100-500 ms (BENCHMARKS.md).
max_requests = _setting("MAX_REQUESTS", 1000000, _integer(0))
max_requests_jitter = _setting("MAX_REQUESTS_JITTER", 100000, _integer(0))

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
trusted_proxies = _setting("TRUSTED_PROXIES", "", _networks)
forwarded_allow_ips = trusted_proxies or "127.0.0.1,::1"

# --- Logs: JSON lines on stdout ----------------------------------------------
loglevel = _setting("LOG_LEVEL", "info", _choice("debug", "info", "warning", "error", "critical"))
accesslog = "-"
errorlog = "-"
logger_class = "api.logs.JsonAccessLogger"
try:
    from api.logs import logging_config
except Exception as error:  # reported by on_starting, with gunicorn's plain logger meanwhile
    problems.append(f"api.logs cannot be imported: {type(error).__name__}: {error}")
    logger_class = "gunicorn.glogging.Logger"
else:
    logconfig_dict = logging_config(loglevel)

proc_name = "shanghai-investment-api"
# gunicorn's Server header is "gunicorn", without a version.


def check_environment(environ=None):
    """Every problem with the configuration and the database, as one line (or None)."""
    environ = os.environ if environ is None else environ
    found = list(problems)
    try:
        from api.config import DEFAULTS, ConfigError, from_environment
        from api.db import open_dataset
        from schemas.collections import COLLECTIONS
    except Exception as error:
        return f"the application cannot be imported: {type(error).__name__}: {error}"
    try:
        values = from_environment(environ)
    except ConfigError as error:
        # TRUSTED_PROXIES may be checked by both; name each variable once.
        if str(error).split("=", 1)[0] not in {problem.split("=", 1)[0] for problem in found}:
            found.append(str(error))
        values = {}
    database = values.get("DATABASE_PATH") or environ.get("DATABASE_PATH") or DEFAULTS["DATABASE_PATH"]
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


def post_worker_init(worker):
    """What gunicorn itself refuses (a 414 for an over-long request line, a
    431 or 400 for bad headers) is answered as the API's problem document,
    not gunicorn's HTML page."""
    from api.gunicorn_adapter import install

    install()
