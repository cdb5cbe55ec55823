"""Per-client rate limiting, in front of everything else.

It wraps the whole WSGI app, response cache included, so that cached
answers count like any other. Fixed windows per client and limit: in this
worker's memory by default (``LocalWindows``), or in Redis for several
instances (``RATE_LIMIT_STORAGE_URI=redis://host:6379``, through ``limits``,
the engine behind Flask-Limiter). Every response carries the IETF
``RateLimit-Policy`` / ``RateLimit`` headers; a breach is a 429 problem with
``Retry-After``.
"""

import functools
import hashlib
import ipaddress
import math
import mmap
import multiprocessing
import struct
import threading
import time

from limits import parse_many
from limits.storage import storage_from_string

from .problems import wsgi_problem
from .proxies import environ_client


class LocalWindows:
    """Fixed-window counters in this worker's memory, as ``limits``' memory
    storage keeps them (a window opens at its first hit), without its expiry
    thread: that thread woke every 10 ms and cost ~27 us a request under load
    (4,190 against 4,770 req/s with no limiter; the limiter itself is ~3 us).
    A window is renewed when it is met expired, and expired windows are swept
    whenever the table has doubled since the last sweep."""

    SWEEP_AT_LEAST = 10_000

    def __init__(self):
        self.windows = {}  # key -> [expires at (epoch seconds), hits]
        self.lock = threading.Lock()
        self.sweep_at = self.SWEEP_AT_LEAST

    def incr(self, key, expiry):
        """Count a hit on ``key`` (a window of ``expiry`` seconds); the window's hits."""
        now = time.time()
        with self.lock:
            window = self.windows.get(key)
            if window is None or window[0] <= now:
                window = self.windows[key] = [now + expiry, 0]
                if len(self.windows) > self.sweep_at:
                    self.windows = {k: w for k, w in self.windows.items() if w[0] > now}
                    self.sweep_at = max(self.SWEEP_AT_LEAST, 2 * len(self.windows))
            window[1] += 1
            return window[1]

    def get_expiry(self, key):
        """When ``key``'s window ends (epoch seconds)."""
        window = self.windows.get(key)
        return window[0] if window else time.time()


class SharedWindows:
    """Fixed-window counters shared by every worker of one instance: a table
    in anonymous shared memory, made by the server's master before it forks
    its workers (``share_windows``), so that a client gets the documented
    limit from the instance, not that limit once per worker.

    Slots hold (key hash, window end in ms, hits), found by linear probing
    over ``PROBES`` slots; a window met expired is renewed. When every probed
    slot holds another live window, the one ending soonest is taken over
    (that client's count restarts: a busy table errs towards letting a request
    through, never towards refusing a client it has not counted)."""

    SLOT = struct.Struct("<QqI4x")
    PROBES = 8

    def __init__(self, slots):
        self.slots = slots
        self.table = mmap.mmap(-1, slots * self.SLOT.size)
        self.lock = multiprocessing.Lock()

    @staticmethod
    @functools.lru_cache(maxsize=8192)  # the same few clients' keys, twice a request
    def digest(key):
        # 0 marks an empty slot, so a key never hashes to it.
        return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little") or 1

    def incr(self, key, expiry):
        """Count a hit on ``key`` (a window of ``expiry`` seconds); the window's hits."""
        digest = self.digest(key)
        now = int(time.time() * 1000)
        size = self.SLOT.size
        first = digest % self.slots
        # acquire/release, not `with`: a quarter of the cost on this path.
        self.lock.acquire()
        try:
            chosen = None
            for probe in range(self.PROBES):
                offset = ((first + probe) % self.slots) * size
                slot_key, ends, hits = self.SLOT.unpack_from(self.table, offset)
                if slot_key == digest and ends > now:
                    self.SLOT.pack_into(self.table, offset, digest, ends, hits + 1)
                    return hits + 1
                if slot_key == digest or ends <= now:
                    chosen = offset
                    break
                if chosen is None or ends < self.SLOT.unpack_from(self.table, chosen)[1]:
                    chosen = offset
            self.SLOT.pack_into(self.table, chosen, digest, now + expiry * 1000, 1)
            return 1
        finally:
            self.lock.release()

    def get_expiry(self, key):
        """When ``key``'s window ends (epoch seconds)."""
        digest = self.digest(key)
        first = digest % self.slots
        for probe in range(self.PROBES):
            slot_key, ends, _ = self.SLOT.unpack_from(self.table, ((first + probe) % self.slots) * self.SLOT.size)
            if slot_key == digest:
                return ends / 1000
        return time.time()


# The table the server's master made for its workers (``share_windows``), if any.
shared_windows = None


def share_windows(slots=1 << 16):
    """Make the counters every worker forked from now on shares (called by
    the master, before forking). Where the system has no shared semaphore to
    give (no writable ``/dev/shm``: a bare chroot, say), each worker keeps its
    own counters rather than the server not starting: what is returned then
    is the one line to log, else None."""
    global shared_windows
    try:
        shared_windows = SharedWindows(slots)
    except OSError as error:
        shared_windows = None
        return (
            f"RATE_LIMIT: no shared memory for the counters ({type(error).__name__}: {error}); each worker "
            "counts for itself, so an instance allows up to WEB_CONCURRENCY times the limit"
        )
    return None


def counters(storage_uri):
    if storage_uri.startswith("memory://"):
        return shared_windows or LocalWindows()
    return storage_from_string(storage_uri)


@functools.lru_cache(maxsize=8192)  # parsing an address is most of the limiter's cost; clients repeat
def client_key(address):
    """Whom a limit counts: an IPv4 address, or an IPv6 client's /64 (one
    subscriber's network: a /64 holds more addresses than anyone can exhaust);
    zone ids dropped."""
    try:
        parsed = ipaddress.ip_address(address.partition("%")[0])
    except ValueError:
        return address or "unknown"
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.IPv6Network((parsed, 64), strict=False))


class RateLimit:
    """WSGI middleware enforcing ``spec`` (e.g. ``"100/second;3000/minute"``) per client address."""

    def __init__(self, app, spec, storage_uri, trusted_proxies):
        self.app = app
        self.items = parse_many(spec)
        self.storage = counters(storage_uri)
        self.trusted = trusted_proxies
        self.policy = ", ".join(f"{item.amount};w={item.get_expiry()}" for item in self.items)
        self.keys_for = functools.lru_cache(maxsize=8192)(self.storage_keys)

    def storage_keys(self, client):
        """``[(limit, its counter's key, its window in seconds)]`` for one client."""
        return [(item, item.key_for("api", client), item.get_expiry()) for item in self.items]

    def __call__(self, environ, start_response):
        client = client_key(environ_client(environ, self.trusted))
        # One increment per limit, straight on the storage (what the `limits`
        # fixed-window strategy does, without its second read of every
        # counter): the limiter runs before every response, cached ones included.
        counted = [(item, self.storage.incr(key, expiry), key) for item, key, expiry in self.keys_for(client)]
        # Report the limit closest to exhaustion (the first breached one, if any).
        item, used, key = min(counted, key=lambda entry: entry[0].amount - entry[1])
        breached = used > item.amount
        reset = max(0, math.ceil(self.storage.get_expiry(key) - time.time()))
        headers = [
            ("RateLimit-Policy", self.policy),
            ("RateLimit", f"limit={item.amount}, remaining={max(0, item.amount - used)}, reset={reset}"),
        ]
        if breached:
            return self.too_many(environ, start_response, headers, reset)

        def with_headers(status, response_headers, exc_info=None):
            return start_response(status, [*response_headers, *headers], exc_info)

        return self.app(environ, with_headers)

    @staticmethod
    def too_many(environ, start_response, headers, retry_after):
        return wsgi_problem(
            environ,
            start_response,
            "too_many_requests",
            f"Rate limit exceeded; retry in {retry_after} s.",
            [("Retry-After", str(max(1, retry_after))), *headers],
        )
