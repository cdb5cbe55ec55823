"""Every error is an RFC 9457 problem: one shape, one place that builds it."""

import logging
from urllib.parse import quote, unquote_to_bytes

import orjson
from flask import Response, current_app, g, request
from flask_smorest import Api
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

from schemas.problem import ProblemSchema

from .http import CORS_HEADERS, DATA_SECURITY_POLICY, SECURITY_HEADERS, request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
MAX_QUERY_STRING = 4096  # characters; gunicorn's request line limit is 4094 bytes anyway

# code -> (status, title, what it means). The problem `type` is /problems/<code>.
PROBLEM_TYPES = {
    "moved_permanently": (
        308,
        "Moved permanently",
        "The URL had a doubled or trailing slash; `Location` is the URL as the API spells it, query kept.",
    ),
    "invalid_parameter": (
        400,
        "Invalid parameter",
        "A query parameter is unknown, malformed or out of range; `errors` names each one.",
    ),
    "invalid_cursor": (
        400,
        "Invalid cursor",
        "The `cursor` was not issued for this query and dataset version; restart from the first page.",
    ),
    "invalid_request": (
        400,
        "Invalid request",
        "The request cannot be read (for example a malformed header or encoding).",
    ),
    "not_found": (404, "Not found", "No resource lives at this URL, or no record has this id."),
    "method_not_allowed": (
        405,
        "Method not allowed",
        "The API is read-only; the `Allow` header lists the methods this URL accepts.",
    ),
    "not_acceptable": (406, "Not acceptable", "None of the media types in `Accept` can be produced for this URL."),
    "precondition_failed": (
        412,
        "Precondition failed",
        "`If-Match` names no current `ETag` of the resource, or it was modified after `If-Unmodified-Since`; "
        "fetch it again for its current one.",
    ),
    "uri_too_long": (414, "URI too long", "The URL, usually its query string, is longer than the API accepts."),
    "range_not_satisfiable": (
        416,
        "Range not satisfiable",
        "The byte range in `Range` is malformed or outside the file; `Content-Range` gives its length.",
    ),
    "too_many_requests": (
        429,
        "Too many requests",
        "The client exceeded its rate limit; retry after `Retry-After` seconds.",
    ),
    "request_header_fields_too_large": (
        431,
        "Request header fields too large",
        "A request header is larger than the API accepts.",
    ),
    "internal_error": (500, "Internal error", "The server failed; the request id identifies it in the logs."),
    "service_unavailable": (503, "Service unavailable", "The dataset cannot be read right now."),
}
# The code of an error known only by its status (werkzeug's exceptions, the
# server's refusals). `invalid_parameter` and `invalid_cursor` are named only
# by the API's own checks; any other 400 is a request that cannot be read.
CODE_BY_STATUS = {
    308: "moved_permanently",
    400: "invalid_request",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    412: "precondition_failed",
    414: "uri_too_long",
    416: "range_not_satisfiable",
    429: "too_many_requests",
    431: "request_header_fields_too_large",
    500: "internal_error",
    503: "service_unavailable",
}


def code_for_status(status):
    """The problem code for a status; a status without a type of its own is a 4xx or a 5xx."""
    if status in CODE_BY_STATUS:
        return CODE_BY_STATUS[status]
    return "invalid_request" if 400 <= status < 500 else "internal_error"


log = logging.getLogger("api.errors")


class ApiProblem(HTTPException):
    """An error raised by the API's own code, carrying its problem code and offending inputs."""

    def __init__(self, code, detail, errors=(), headers=None):
        self.code = PROBLEM_TYPES[code][0]
        super().__init__(detail)
        self.problem_code = code
        self.errors = list(errors)
        self.headers = headers or {}


MAX_ERRORS = 20  # a problem names at most this many offending inputs
UNKNOWN_PARAMETER = "Unknown parameter."


def invalid_parameters(messages, location="query"):
    """webargs/marshmallow messages ``{param: [msg] | {index: [msg]}}`` as problem errors."""
    errors = []
    for parameter, detail in sorted(messages.items())[:MAX_ERRORS]:
        for message in flatten(detail):
            if message == "Unknown field.":
                message = UNKNOWN_PARAMETER
            errors.append({"location": location, "parameter": parameter, "detail": message})
    return errors


def parameter_problem(errors, headers=None):
    """The one 400 for bad parameters, naming each of ``errors`` (``invalid_parameters``)."""
    names = ", ".join(sorted({e["parameter"] for e in errors}))
    return ApiProblem("invalid_parameter", f"Invalid query parameter(s): {names}.", errors[:MAX_ERRORS], headers)


def flatten(detail):
    if isinstance(detail, dict):
        for item in detail.values():
            yield from flatten(item)
    elif isinstance(detail, list):
        for item in detail:
            yield from flatten(item)
    else:
        yield str(detail)


def problem_document(status, code, detail, errors=(), *, request_id, instance):
    """The problem body: one shape for every error, wherever it is raised."""
    return {
        "type": f"/problems/{code}",
        "title": PROBLEM_TYPES[code][1],
        "status": status,
        "detail": detail,
        "code": code,
        "errors": list(errors),
        "request_id": request_id,
        "instance": instance,
    }


# Headers of every problem answer besides its own; CORS_HEADERS are added by
# finish_response inside the app, and by problem() outside it.
SECURITY_HEADER_ITEMS = (*SECURITY_HEADERS.items(), ("Content-Security-Policy", DATA_SECURITY_POLICY))


def problem(status, code, detail, errors=(), *, request_id, instance, headers=(), cors=True):
    """``(body, headers)`` of every problem answer, whoever gives it (the app's
    error handlers, the WSGI middleware in front of the app, the server's own
    refusals). Inside the app ``cors`` is off: finish_response adds the same
    CORS headers to every response, and a second ``Access-Control-Allow-Origin``
    would make browsers refuse it."""
    body = orjson.dumps(problem_document(status, code, detail, errors, request_id=request_id, instance=instance))
    return body, [
        ("Content-Type", PROBLEM_MEDIA_TYPE),
        ("Content-Length", str(len(body))),
        ("Cache-Control", "no-store"),
        ("X-Request-ID", request_id),
        *SECURITY_HEADER_ITEMS,
        *(CORS_HEADERS if cors else ()),
        *headers,
    ]


def app_problem(status, code, detail, errors=(), headers=()):
    """A problem answered by the app, for the request in progress."""
    body, headers = problem(
        status,
        code,
        detail,
        errors,
        request_id=g.get("request_id", ""),
        instance=request.path,
        headers=headers,
        cors=False,
    )
    return Response(body, status=status, headers=headers)


# What a redirect's query may keep as it is: RFC 3986's query characters and
# escapes already made; anything else (a space, a raw non-ASCII byte) is escaped.
QUERY_CHARACTERS = "!$&'()*+,;=:@/?%"


def moved_permanently(path, query=b""):
    """The 308 to where a resource lives: a relative ``Location`` (never built
    from ``Host``; never ``//host``, which a browser would follow to that host),
    the raw query kept, a problem body, and cacheable like the data it leads to."""
    location = "/" + path.lstrip("/")
    if query:
        location += "?" + quote(query, safe=QUERY_CHARACTERS)
    response = app_problem(
        308, "moved_permanently", f"This resource lives at {location}.", headers=[("Location", location)]
    )
    response.headers["Cache-Control"] = f"public, max-age={current_app.config['CACHE_MAX_AGE']}"
    return response


def from_http_exception(error):
    """Any werkzeug/webargs/API exception as a problem response."""
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    data = getattr(error, "data", None) or {}
    messages = data.get("messages")
    if messages:  # webargs validation error: {location: {param: [messages]}}
        errors = [e for location, items in messages.items() for e in invalid_parameters(items, location)]
        error = parameter_problem(errors, dict([*headers, *(data.get("headers") or {}).items()]))
    if isinstance(error, ApiProblem):
        return app_problem(error.code, error.problem_code, error.description, error.errors, error.headers.items())
    status = error.code or 500
    code = code_for_status(status)
    detail = error.description or PROBLEM_TYPES[code][2]
    if status == 405:
        detail = f"{request.method} is not allowed here; this API is read-only."
    elif status == 404:
        detail = f"Nothing at {request.path}."
    return app_problem(status, code, detail, headers=headers)


class ProblemApi(Api):
    """flask-smorest's Api, answering every error with a problem document."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error):
        return from_http_exception(error)


def handle_unexpected(error):
    """Last resort: log the traceback, answer a problem without it."""
    if isinstance(error, HTTPException):
        return from_http_exception(error)
    log.exception("unhandled error", extra={"request_id": g.get("request_id")})
    return from_http_exception(InternalServerError())


def problem_types():
    """The documentation of every problem type, for /problems/<code>."""
    return {
        code: {"type": f"/problems/{code}", "status": status, "title": title, "description": description}
        for code, (status, title, description) in PROBLEM_TYPES.items()
    }


def wsgi_problem(environ, start_response, code, detail, headers=()):
    """Answer a problem from WSGI middleware, outside Flask (rate limits, guards)."""
    status = PROBLEM_TYPES[code][0]
    body, headers = problem(
        status,
        code,
        detail,
        request_id=request_id(environ.get("HTTP_X_REQUEST_ID")),
        instance=environ.get("PATH_INFO", ""),
        headers=headers,
    )
    start_response(f"{status} {HTTP_STATUS_CODES[status].upper()}", headers)
    return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else body]


class QueryStringGuard:
    """Refuses, before anything parses it, an over-long query string (parsing
    100 KB of parameters costs a hundred normal requests) and one that is not
    UTF-8 once percent-decoded (werkzeug would hand its bytes on as the text
    ``%FF``, searched for and echoed back in links)."""

    def __init__(self, app, max_length=MAX_QUERY_STRING):
        self.app = app
        self.max_length = max_length

    def __call__(self, environ, start_response):
        query = environ.get("QUERY_STRING", "")
        if len(query) > self.max_length:
            return wsgi_problem(
                environ, start_response, "uri_too_long", f"The query string is over {self.max_length} characters."
            )
        if not is_utf8(query):
            return wsgi_problem(
                environ, start_response, "invalid_request", "The query string is not UTF-8 once percent-decoded."
            )
        return self.app(environ, start_response)


def is_utf8(query):
    """Whether a WSGI query string (its bytes as latin-1) is UTF-8 once percent-decoded."""
    if query.isascii() and "%" not in query:
        return True
    try:
        unquote_to_bytes(query.encode("latin-1")).decode("utf-8")
    except UnicodeError:  # not UTF-8, or (from a server outside WSGI's rule) not latin-1
        return False
    return True


def refusal(status, reason):
    """The server's answer, as bytes on the wire, to a request it refused
    before the app ran (an over-long request line or header, a malformed
    request): the same problem as the app answers, on a closing connection."""
    code = code_for_status(status)
    # In the API's words: the server's message may carry internals or echo
    # the request back. The request was not read, so its path is not known.
    body, headers = problem(status, code, PROBLEM_TYPES[code][2], request_id=request_id(None), instance=None)
    head = [f"HTTP/1.1 {status} {reason}", "Connection: close", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body
