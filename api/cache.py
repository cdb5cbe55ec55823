"""A per-worker cache of rendered responses, in front of the Flask app.

The data is immutable between builds, so a successful GET is fully
determined by its URL (``SCRIPT_NAME``, path, query, scheme) and the
representation-selecting request headers (``Accept``, ``Accept-Encoding``;
the CORS headers are the same for every origin). The first request renders
through Flask; later ones are answered here from the stored status line,
headers and (possibly compressed) body, with a fresh ``X-Request-ID`` and
``If-None-Match`` evaluated against the stored strong ``ETag``.
"""

import re
from collections import OrderedDict
from functools import lru_cache
from threading import Lock

from werkzeug.http import parse_date, parse_etags, unquote_etag

from .http import header, request_id
from .problems import wsgi_problem

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
# RFC 9110 12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
QVALUE = re.compile(r"0(\.[0-9]{0,3})?|1(\.0{0,3})?")


# Read on every request, cached answers included: a parse takes 6 us, a
# remembered one 0.15 us; clients send few distinct values.
@lru_cache(maxsize=64)
def accepted_encodings(header):
    """``Accept-Encoding`` as the app reads it (``api.http.gzip_accepted``):
    the codings the client accepts (``;q=`` parsed per RFC 9110, the parameter
    name in any case), written ``coding;q=value``. A coding with ``q=0``, an
    invalid qvalue or another parameter is not used, and then neither is
    ``*``, which would otherwise stand for that very coding."""
    kept, refused = [], False
    for part in header.split(","):
        coding, *parameters = part.split(";")
        coding = coding.strip().lower()
        if not coding:
            continue
        weight = "1"
        if parameters:  # a weight is the one parameter a coding may have
            name, _, weight = parameters[0].partition("=")
            if len(parameters) > 1 or name.strip().lower() != "q":
                weight = ""
        weight = weight.strip()
        if QVALUE.fullmatch(weight) and float(weight) > 0:
            kept.append(f"{coding};q={weight}")
        else:
            refused = True
    if refused:
        kept = [coding for coding in kept if not coding.startswith("*;")]
    return ", ".join(kept)


def if_match_holds(if_match, etag):
    """RFC 9110 If-Match: ``*``, or the current ETag by strong comparison."""
    tags = parse_etags(if_match)
    if tags.star_tag:
        return True
    if etag is None:
        return False
    value, weak = unquote_etag(etag)
    return not weak and tags.contains(value)


def unmodified_since_holds(if_unmodified_since, last_modified):
    """RFC 9110 If-Unmodified-Since: the representation was last modified no
    later than the date. Ignored (true) when the date is not a valid HTTP date
    or the representation has no ``Last-Modified`` (13.1.4)."""
    since, modified = parse_date(if_unmodified_since), parse_date(last_modified)
    return since is None or modified is None or modified <= since


def matches(if_none_match, etag):
    """RFC 9110 If-None-Match: weak comparison, ``*`` included."""
    return parse_etags(if_none_match).contains_weak(unquote_etag(etag)[0])


class ResponseCache:
    """WSGI middleware holding up to ``size`` rendered responses (LRU).

    A response is stored the second time its key is asked for while the
    doorkeeper remembers the first (the last ``size`` keys seen once): a scan
    of one-off URLs or header variants, which a client can vary without
    bound, renders each time but never fills the cache nor evicts what is
    asked for again."""

    def __init__(self, app, size):
        self.app = app
        self.size = size
        self.entries = OrderedDict()
        self.bytes = 0
        self.doorkeeper = OrderedDict()  # hashes of keys seen once, oldest first
        self.lock = Lock()

    def admitted(self, key):
        """Whether ``key`` was seen lately; if not, remember it."""
        seen = hash(key)  # randomised per process: a collision cannot be aimed, and only stores early
        with self.lock:
            if seen in self.doorkeeper:
                del self.doorkeeper[seen]
                return True
            self.doorkeeper[seen] = None
            if len(self.doorkeeper) > self.size:
                self.doorkeeper.popitem(last=False)
            return False

    @staticmethod
    def key(environ):
        """Everything a response depends on; never ``Host``, which none does."""
        return (
            environ.get("SCRIPT_NAME", ""),
            environ.get("PATH_INFO", ""),
            environ.get("QUERY_STRING", ""),
            environ.get("HTTP_ACCEPT", ""),
            environ.get("HTTP_ACCEPT_ENCODING", ""),
            environ.get("wsgi.url_scheme", ""),
        )

    def __call__(self, environ, start_response):
        if "HTTP_ACCEPT_ENCODING" in environ:
            environ["HTTP_ACCEPT_ENCODING"] = accepted_encodings(environ["HTTP_ACCEPT_ENCODING"])
        method = environ.get("REQUEST_METHOD")
        if "HTTP_IF_MATCH" in environ or "HTTP_IF_UNMODIFIED_SINCE" in environ:
            return self.precondition(environ, start_response)
        # A Range request is answered by the app alone (the file download orders
        # its conditions, api.v1.meta.download_request); only whole answers are stored.
        if method not in ("GET", "HEAD") or self.size == 0 or "HTTP_RANGE" in environ:
            return self.app(environ, start_response)
        key = self.key(environ)
        entry = self.entries.get(key)
        if entry is None:
            return self.render(environ, start_response, key)
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
        return self.replay(environ, start_response, entry, method)

    def call_app(self, environ):
        """``(status, headers, body iterable)`` of the app's answer, held back
        for this middleware to decide what to send."""
        captured = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers

        chunks = self.app(environ, capture)
        return captured["status"], captured["headers"], chunks

    def precondition(self, environ, start_response):
        """A request with ``If-Match`` or ``If-Unmodified-Since`` (rare on a
        read-only API) is rendered without them and the condition evaluated on
        the answer, in this one place: werkzeug's 412 keeps the full body,
        finds ``*`` false and does not read ``If-Unmodified-Since``."""
        if_match = environ.pop("HTTP_IF_MATCH", None)
        if_unmodified_since = environ.pop("HTTP_IF_UNMODIFIED_SINCE", None)
        status, headers, chunks = self.call_app(environ)
        etag = header(headers, "etag")
        # Preconditions apply only to what would be a success (RFC 9110 13.2.1); they are
        # evaluated before If-None-Match and Range (13.2.2), so a 304 or 416 counts.
        # If-Unmodified-Since is read only without If-Match.
        if if_match is not None:
            holds, detail = if_match_holds(if_match, etag), "If-Match names no current ETag of this resource."
        else:
            holds = unmodified_since_holds(if_unmodified_since, header(headers, "last-modified"))
            detail = "The resource was modified after If-Unmodified-Since."
        if not status.startswith(("2", "304", "416")) or holds:
            start_response(status, headers)
            return chunks
        if hasattr(chunks, "close"):
            chunks.close()
        return wsgi_problem(
            environ, start_response, "precondition_failed", detail, headers=[("ETag", etag)] if etag else ()
        )

    def render(self, environ, start_response, key):
        # The full representation is rendered even for a conditional request,
        # so that it can be stored; If-None-Match is then answered here, and
        # If-Modified-Since, which it overrides (RFC 9110 13.1.3), not at all.
        if_none_match = environ.pop("HTTP_IF_NONE_MATCH", None)
        if if_none_match is not None:
            environ.pop("HTTP_IF_MODIFIED_SINCE", None)
        status, headers, chunks = self.call_app(environ)
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
        if cacheable and self.admitted(key):
            # Stored before answering, a 304 included: a run of revalidations
            # (after a worker start or an eviction) renders twice, not every time.
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
