"""HTTP behaviour shared by every response: request ids, strong ETags and
conditional requests, caching headers and security headers."""

import datetime
import gzip
import hashlib
import re
import secrets
from functools import lru_cache

from flask import Response, current_app, g, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header, parse_date, parse_etags, quote_etag
from werkzeug.utils import send_file

from .db import dataset

JSON = "application/json"
# Response headers a browser script may read (CORS), on every answer, problems included.
EXPOSED_HEADERS = ("ETag", "Link", "RateLimit", "RateLimit-Policy", "Retry-After", "X-Request-ID")
# CORS for a public read-only API: any origin, no credentials, the same two headers
# on every answer. Written here, not by flask-cors: its per-request origin and
# resource matching cost 18 us of the 138 us an uncached /healthz took in-process.
CORS_HEADERS = (("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", ", ".join(EXPOSED_HEADERS)))
CORS_METHODS = ("GET", "HEAD", "OPTIONS")
PREFLIGHT_MAX_AGE = 86400  # seconds a browser may remember a preflight's answer
# Request headers that make a response conditional (RFC 9110 13.1; Range, 14.2):
# without one, werkzeug's make_conditional has nothing to evaluate, so it is skipped.
CONDITIONAL_HEADERS = frozenset(
    ("HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE", "HTTP_RANGE")
)
VARY = ("Accept", "Accept-Encoding")
# Answers worth compressing: text. The SQLite file and the zip are sent as they are.
COMPRESSIBLE = frozenset(
    {
        JSON,
        "application/problem+json",
        "application/x-ndjson",
        "application/x-bibtex",
        "text/plain",
        "text/csv",
        "text/html",
    }
)
MIN_COMPRESSED_SIZE = 1024  # bytes; below, gzip's header and checksum eat most of the saving
GZIP_LEVEL = 6  # zlib's default: most of level 9's saving at about half its time
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "cross-origin",
}
# Data (JSON, CSV, text) is never a document to render: nothing may load.
DATA_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"
# The docs pages need no more than same-origin assets. ReDoc injects <style>
# elements and runs its search in a blob: worker; flask-smorest's Swagger UI
# page has one inline script, allowed by its hash.
PAGE_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self' 'sha256-4IofDzyocgdLW7KHVlN1rbQM9KddW2RJNR0E9hKGBGo='; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src blob:; "
    "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


# A charset of UTF-8 in a media range (`application/json; charset=utf-8`, as
# some clients send it) asks for what every text answer here is; werkzeug
# matches parameters exactly, so it is dropped before matching. Any other
# charset still matches nothing.
UTF8_CHARSET = re.compile(r';[ \t]*charset[ \t]*=[ \t]*"?utf-?8"?(?=[ \t]*(?:[;,]|$))', re.IGNORECASE)


# Clients repeat their Accept header: each distinct header and offer is decided
# once per worker, not parsed by werkzeug on every request (an uncached group-by
# with a constant Accept, in-process: 220 -> 197 us). Bounded: a client chooses
# the header (up to 8 KB).
@lru_cache(maxsize=256)
def negotiated(accept, offered):
    return parse_accept_header(UTF8_CHARSET.sub("", accept), MIMEAccept).best_match(offered)


def preferred_media_type(offered):
    """The media type of ``offered`` (a tuple, the server's preference first)
    that the request's ``Accept`` prefers, as werkzeug's ``best_match`` chooses:
    the first when the request sends no ``Accept``, None when it allows none."""
    accept = request.environ.get("HTTP_ACCEPT")
    return negotiated(accept, offered) if accept else offered[0]


def json_response(body, *, link=None, mimetype=JSON):
    response = Response(body, mimetype=mimetype)
    if link:
        response.headers["Link"] = link
    return response


def strong_etag(body):
    """A strong validator derived from the dataset version and the exact bytes."""
    digest = hashlib.blake2b(body, digest_size=16, key=dataset().version.encode()[:64])
    return digest.hexdigest()


def header(headers, name):
    """A header's value from a WSGI list of ``(name, value)`` pairs; ``name`` in lower case."""
    return next((value for key, value in headers if key.lower() == name), None)


def request_id(incoming):
    """The client's ``X-Request-ID`` when it is a sane token, else a new one."""
    # 128 random bits as 32 hex digits (what uuid4().hex gives, at a quarter of its cost).
    return incoming if incoming and REQUEST_ID.match(incoming) else secrets.token_hex(16)


def cors_headers(environ):
    """The CORS headers of an answer. A preflight (``OPTIONS`` whose
    ``Access-Control-Request-Method`` is a read) also learns the methods
    allowed, that the request headers it names may be sent, and how long
    it may remember that."""
    method = environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD", "").upper()
    if environ.get("REQUEST_METHOD") != "OPTIONS" or method not in CORS_METHODS:
        return CORS_HEADERS
    preflight = [
        *CORS_HEADERS,
        ("Access-Control-Allow-Methods", ", ".join(CORS_METHODS)),
        ("Access-Control-Max-Age", str(PREFLIGHT_MAX_AGE)),
    ]
    asked = [name.strip() for name in environ.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS", "").split(",")]
    if any(asked):
        preflight.append(("Access-Control-Allow-Headers", ", ".join(sorted(name for name in asked if name))))
    return preflight


def file_validator(size, modified_ns):
    """What a file's strong ETag is made of: its size and modification time,
    which change whenever the file is written again."""
    return f"{modified_ns:x}-{size:x}"


def send_stored_file(file, etag, modified_ns, **options):
    """A file's answer (werkzeug's ``send_file``: ``file`` a path or a binary
    file object) under its strong ``etag`` and the ``Last-Modified`` of
    ``modified_ns``, the request's conditions and range read as
    ``file_request`` reads them, against those very validators."""
    modified = datetime.datetime.fromtimestamp(modified_ns // 1_000_000_000, datetime.UTC)
    return send_file(
        file,
        file_request(request.environ, etag, modified),
        etag=etag,
        last_modified=modified,
        response_class=current_app.response_class,
        **options,
    )


def not_modified_since(if_modified_since, modified):
    """RFC 9110 If-Modified-Since (read only without If-None-Match): the
    answer's ``Last-Modified`` (``modified``, a datetime) is no later than the
    date; false when either is missing or the date is not a valid HTTP date."""
    since = parse_date(if_modified_since)
    return since is not None and modified is not None and modified <= since


def file_request(environ, etag, modified):
    """The request as a file answer (werkzeug's ``send_file``) should read it,
    in RFC 9110's order (13.2.2), which ``send_file`` does not keep, and within
    its limits on ranges. ``If-None-Match`` overrides ``If-Modified-Since``; a
    condition that is false changes nothing and is dropped (werkzeug would
    read a non-matching tag as a reason to ignore ``If-Range``); one that
    makes the answer a 304 comes before ``Range``. ``Range`` is also ignored
    in another unit than bytes or for several ranges (no multipart answers),
    and when ``If-Range`` names the file by a weak tag or by a date other than
    exactly its ``Last-Modified`` (``modified``): only a strong match allows a
    part (13.1.5). A malformed bytes range is still a 416."""
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        unmodified = parse_etags(if_none_match).contains_weak(etag)
        dropped = {"HTTP_IF_MODIFIED_SINCE"} | (set() if unmodified else {"HTTP_IF_NONE_MATCH"})
    else:
        unmodified = not_modified_since(environ.get("HTTP_IF_MODIFIED_SINCE"), modified)
        dropped = set() if unmodified else {"HTTP_IF_MODIFIED_SINCE"}
    unit, _, ranges = environ.get("HTTP_RANGE", "bytes=").partition("=")
    if_range = environ.get("HTTP_IF_RANGE", "").strip()
    if (
        unmodified
        or unit.strip().lower() != "bytes"
        or "," in ranges
        or if_range.startswith("W/")
        or (bool(if_range) and not if_range.startswith('"') and parse_date(if_range) != modified)
    ):
        dropped.add("HTTP_RANGE")
    return {name: value for name, value in environ.items() if name not in dropped}


def gzip_bytes(data, level=GZIP_LEVEL):
    """``data`` gzip-compressed without a timestamp: the same body always
    compresses to the same bytes, as the strong ETag of each encoding promises."""
    return gzip.compress(data, compresslevel=level, mtime=0)


# RFC 9110 12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
QVALUE = re.compile(r"0(\.[0-9]{0,3})?|1(\.0{0,3})?")


# Read on every request, cached answers included: a parse takes microseconds,
# a remembered one a tenth of one; clients send few distinct values.
@lru_cache(maxsize=64)
def content_coding(accept_encoding):
    """The coding an answer is sent in for this ``Accept-Encoding`` (RFC 9110
    12.5.3): ``gzip`` (or its alias ``x-gzip``) when the client accepts it,
    by name or by ``*``, at least as much as ``identity`` when it weighs
    that; else ``identity``. A coding with ``q=0``, an invalid qvalue or
    another parameter is refused; a named coding's weight overrides ``*``'s."""
    weights = {}
    for part in accept_encoding.split(","):
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
        weights.setdefault("gzip" if coding == "x-gzip" else coding, float(weight) if QVALUE.fullmatch(weight) else 0.0)
    gzip_weight = weights.get("gzip", weights.get("*", 0.0))
    if gzip_weight > 0 and gzip_weight >= weights.get("identity", 0.0):
        return "gzip"
    return "identity"


def compress(response):
    """A successful text answer over ``MIN_COMPRESSED_SIZE`` is gzip-compressed
    for a client that accepts gzip, with its own strong ETag (``<etag>:gzip``).
    Streamed answers (exports, downloads) are sent as they are."""
    if (
        content_coding(request.environ.get("HTTP_ACCEPT_ENCODING", "")) != "gzip"
        or not 200 <= response.status_code < 300
        or response.mimetype not in COMPRESSIBLE
        or response.direct_passthrough
        or response.is_streamed
        or "Content-Encoding" in response.headers
    ):
        return
    data = response.get_data()
    if len(data) < MIN_COMPRESSED_SIZE:
        return
    response.set_data(gzip_bytes(data))
    response.headers["Content-Encoding"] = "gzip"
    etag, weak = response.get_etag()
    if etag and not weak:
        response.set_etag(f"{etag}:gzip")


def assign_request_id():
    g.request_id = request_id(request.environ.get("HTTP_X_REQUEST_ID"))


def finish_response(response):
    """Runs after every view, errors included."""
    headers = response.headers
    # Which headers the view set, read once: each lookup in werkzeug's Headers scans them all.
    present = {name.lower() for name in headers.keys()}
    added = [("X-Request-ID", g.get("request_id", "")), *cors_headers(request.environ)]
    added += [(name, value) for name, value in SECURITY_HEADERS.items() if name.lower() not in present]
    if "content-security-policy" not in present:
        policy = PAGE_SECURITY_POLICY if response.mimetype == "text/html" else DATA_SECURITY_POLICY
        added.append(("Content-Security-Policy", policy))
    cacheable = request.method in ("GET", "HEAD") and response.status_code == 200
    if cacheable and not response.direct_passthrough:
        if "etag" not in present:
            # A streamed export is not held in memory to hash; being a pure
            # function of the immutable dataset and the request, it is tagged
            # by those instead.
            identity = (
                f"{request.full_path}\0{response.mimetype}".encode() if response.is_streamed else response.get_data()
            )
            added.append(("ETag", quote_etag(strong_etag(identity))))
        if "cache-control" not in present:
            added.append(("Cache-Control", f"public, max-age={current_app.config['CACHE_MAX_AGE']}"))
    elif response.status_code >= 400:
        if "cache-control" in present:
            del headers["Cache-Control"]
        added.append(("Cache-Control", "no-store"))
    if "vary" in present:
        response.vary.update(VARY)
    else:
        added.append(("Vary", ", ".join(VARY)))
    if "x-request-id" in present:
        del headers["X-Request-ID"]
    headers.extend(added)
    compress(response)
    if cacheable and not response.direct_passthrough and CONDITIONAL_HEADERS.intersection(request.environ):
        response.make_conditional(request)
    return response
