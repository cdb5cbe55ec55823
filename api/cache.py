"""A per-worker cache of rendered responses, in front of the Flask app.

The data is immutable between builds, so a successful GET is fully
determined by its URL (``SCRIPT_NAME``, path, query, scheme) and the
representation-selecting request headers (``Accept``, ``Accept-Encoding``;
the CORS headers are the same for every origin). The first request renders
through Flask; later ones are answered here from the stored status line,
headers and (possibly compressed) body, with a fresh ``X-Request-ID`` and
``If-None-Match`` evaluated against the stored strong ``ETag``.
"""

from collections import OrderedDict
from threading import Lock

from werkzeug.http import parse_date, parse_etags, unquote_etag

from .http import content_coding, header, not_modified_since, request_id
from .problems import wsgi_problem

PER_REQUEST_HEADERS = frozenset({"x-request-id", "date"})
MAX_BODY = 1 << 20  # larger bodies are rendered each time rather than held in memory
# Bodies held per worker, however many entries: RESPONSE_CACHE_SIZE bounds the
# count, this the memory (4096 list pages of 85 KiB would be 350 MB).
MAX_CACHE_BYTES = 32 << 20
# What a request may add after its preconditions (RFC 9110 13.2.2): read once they hold.
LATER_CONDITIONS = frozenset(("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_RANGE", "HTTP_IF_RANGE"))
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
            # The one thing the header decides (gzip or not) is the key, not its spelling.
            environ["HTTP_ACCEPT_ENCODING"] = content_coding(environ["HTTP_ACCEPT_ENCODING"])
        method = environ.get("REQUEST_METHOD")
        if "HTTP_IF_MATCH" in environ or "HTTP_IF_UNMODIFIED_SINCE" in environ:
            return self.precondition(environ, start_response)
        # A Range request is answered by the app alone (the file download orders
        # its conditions, api.http.file_request); only whole answers are stored.
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
        read-only API): the condition is evaluated first (RFC 9110 13.2.2), on
        the validators of the whole representation, as a plain GET renders it;
        if it holds, the request is answered without it (its other conditions
        and range next), else it is a 412. In this one place: werkzeug's 412
        keeps the full body, finds ``*`` false and does not read
        ``If-Unmodified-Since``."""
        if_match = environ.pop("HTTP_IF_MATCH", None)
        if_unmodified_since = environ.pop("HTTP_IF_UNMODIFIED_SINCE", None)
        plain = {name: value for name, value in environ.items() if name not in LATER_CONDITIONS}
        status, headers, chunks = self.call_app(plain)
        if hasattr(chunks, "close"):
            chunks.close()
        etag = header(headers, "etag")
        # If-Unmodified-Since is read only without If-Match (13.1.4).
        if if_match is not None:
            holds, detail = if_match_holds(if_match, etag), "If-Match names no current ETag of this resource."
        else:
            holds = unmodified_since_holds(if_unmodified_since, header(headers, "last-modified"))
            detail = "The resource was modified after If-Unmodified-Since."
        # Preconditions apply only to what would be a success (13.2.1).
        if not status.startswith("2") or holds:
            return self.app(environ, start_response)
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
        if_modified_since = environ.get("HTTP_IF_MODIFIED_SINCE")
        # The stored Last-Modified is read only for the rare request naming a date.
        if (if_none_match and matches(if_none_match, etag)) or (
            if_none_match is None
            and if_modified_since is not None
            and not_modified_since(if_modified_since, parse_date(header(headers, "last-modified")))
        ):
            kept = [(k, v) for k, v in headers if k.lower() in NOT_MODIFIED_HEADERS]
            start_response("304 NOT MODIFIED", [*kept, ("X-Request-ID", identifier)])
            return [b""]
        start_response("200 OK", [*headers, ("X-Request-ID", identifier)])
        return [b""] if method == "HEAD" else [body]
