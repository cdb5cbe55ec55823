"""A per-worker cache of rendered responses, in front of the Flask app.

The data is immutable between builds, so a successful GET is fully
determined by its URL and the representation-selecting request headers
(``Accept``, ``Accept-Encoding``, CORS ``Origin``). The first request renders
through Flask; later ones are answered here from the stored status line,
headers and (possibly compressed) body, with a fresh ``X-Request-ID`` and
``If-None-Match`` evaluated against the stored strong ``ETag``.
"""

import re
from collections import OrderedDict
from threading import Lock

from werkzeug.http import parse_etags, unquote_etag

from .http import header, request_id

PER_REQUEST_HEADERS = frozenset({"x-request-id", "date"})
MAX_BODY = 1 << 20  # larger bodies are rendered each time rather than held in memory
# Bodies held per worker, however many entries: RESPONSE_CACHE_SIZE bounds the
# count, this the memory (4096 list pages of 85 KiB would be 350 MB).
MAX_CACHE_BYTES = 32 << 20
# Headers kept on a 304 (RFC 9110 15.4.5) besides the per-request ones.
NOT_MODIFIED_HEADERS = frozenset(
    {
        "etag",
        "cache-control",
        "vary",
        "content-location",
        "expires",
        "access-control-allow-origin",
        "access-control-expose-headers",
    }
)
REFUSED = re.compile(r"^\s*q\s*=\s*0(\.0*)?\s*$")


def accepted_encodings(header):
    """``Accept-Encoding`` without the codings it refuses (``;q=0``), which
    Flask-Compress would otherwise still pick."""
    kept = []
    for part in header.split(","):
        coding, _, params = part.partition(";")
        if coding.strip() and not REFUSED.match(params):
            kept.append(part.strip())
    return ", ".join(kept)


def matches(if_none_match, etag):
    """RFC 9110 If-None-Match: weak comparison, ``*`` included."""
    return parse_etags(if_none_match).contains_weak(unquote_etag(etag)[0])


class ResponseCache:
    """WSGI middleware holding up to ``size`` rendered responses (LRU)."""

    def __init__(self, app, size):
        self.app = app
        self.size = size
        self.entries = OrderedDict()
        self.bytes = 0
        self.lock = Lock()

    @staticmethod
    def key(environ):
        return (
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
            environ.get("HTTP_ACCEPT_ENCODING", ""),
            bool(environ.get("HTTP_ORIGIN")),
        )

    def __call__(self, environ, start_response):
        if "HTTP_ACCEPT_ENCODING" in environ:
            environ["HTTP_ACCEPT_ENCODING"] = accepted_encodings(environ["HTTP_ACCEPT_ENCODING"])
        method = environ.get("REQUEST_METHOD")
        if method not in ("GET", "HEAD") or self.size == 0:
            return self.app(environ, start_response)
        key = self.key(environ)
        entry = self.entries.get(key)
        if entry is None:
            return self.render(environ, start_response, key)
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
        return self.replay(environ, start_response, entry, method)

    def render(self, environ, start_response, key):
        # The full representation is rendered even for a conditional request,
        # so that it can be stored; If-None-Match is then answered here.
        if_none_match = environ.pop("HTTP_IF_NONE_MATCH", None)
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers

        chunks = self.app(environ, capture)
        status, headers = captured["status"], captured["headers"]
        etag = header(headers, "etag")
        length = header(headers, "content-length")
        cacheable = (
            environ["REQUEST_METHOD"] == "GET"
            and status.startswith("200")
            and etag is not None
            and length is not None
            and int(length) <= MAX_BODY
            and "no-store" not in (header(headers, "cache-control") or "")
        )
        if cacheable:
            # Stored before answering, a 304 included: a run of revalidations
            # (after a worker start or an eviction) renders once, not every time.
            body = b"".join(chunks)
            if hasattr(chunks, "close"):
                chunks.close()
            chunks = [body]
            stored = [(k, v) for k, v in headers if k.lower() not in PER_REQUEST_HEADERS]
            with self.lock:
                previous = self.entries.pop(key, None)
                self.bytes += len(body) - (len(previous[1]) if previous else 0)
                self.entries[key] = (stored, body, etag)
                while len(self.entries) > self.size or self.bytes > MAX_CACHE_BYTES:
                    self.bytes -= len(self.entries.popitem(last=False)[1][1])
        if if_none_match and status.startswith("200") and etag and matches(if_none_match, etag):
            if hasattr(chunks, "close"):
                chunks.close()
            kept = [(k, v) for k, v in headers if k.lower() in NOT_MODIFIED_HEADERS or k.lower() == "x-request-id"]
            start_response("304 NOT MODIFIED", kept)
            return [b""]
        start_response(status, headers)
        return chunks  # a streamed export passes through, never buffered

    def replay(self, environ, start_response, entry, method):
        headers, body, etag = entry
        identifier = request_id(environ.get("HTTP_X_REQUEST_ID"))
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match and matches(if_none_match, etag):
            kept = [(k, v) for k, v in headers if k.lower() in NOT_MODIFIED_HEADERS]
            start_response("304 NOT MODIFIED", [*kept, ("X-Request-ID", identifier)])
            return [b""]
        start_response("200 OK", [*headers, ("X-Request-ID", identifier)])
        return [b""] if method == "HEAD" else [body]
