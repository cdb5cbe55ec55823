"""Per-client rate limiting, in front of everything else.

It wraps the whole WSGI app, response cache included, so that cached
answers count like any other. Built on ``limits`` (the engine behind
Flask-Limiter): in-memory counters by default, Redis for several instances
(``RATE_LIMIT_STORAGE_URI=redis://host:6379``). Every response carries the
IETF ``RateLimit-Policy`` / ``RateLimit`` headers; a breach is a 429 problem
with ``Retry-After``.
"""

import math
import time

from limits import parse_many
from limits.storage import storage_from_string

from .problems import wsgi_problem
from .proxies import environ_client


class RateLimit:
    """WSGI middleware enforcing ``spec`` (e.g. ``"100/second;3000/minute"``) per client address."""

    def __init__(self, app, spec, storage_uri, trusted_proxies):
        self.app = app
        self.items = parse_many(spec)
        self.storage = storage_from_string(storage_uri)
        self.trusted = trusted_proxies
        self.policy = ", ".join(f"{item.amount};w={item.get_expiry()}" for item in self.items)

    def __call__(self, environ, start_response):
        client = environ_client(environ, self.trusted) or "unknown"
        # One increment per limit, straight on the storage (what the `limits`
        # fixed-window strategy does, without its second read of every
        # counter): the limiter runs before every response, cached ones included.
        counted = []
        for item in self.items:
            key = item.key_for("api", client)
            counted.append((item, self.storage.incr(key, item.get_expiry()), key))
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
