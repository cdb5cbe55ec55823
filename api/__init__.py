"""The API application factory."""

import io
import os
import re
import secrets
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from flask import Flask, current_app, request
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import RequestRedirect
from werkzeug.security import safe_join

from schemas.collections import SERVED

from . import config as settings
from .cache import ResponseCache
from .cursors import Cursors
from .db import Connections, open_dataset
from .http import assign_request_id, content_coding, file_validator, finish_response, gzip_bytes, send_stored_file
from .openapi import API_DESCRIPTION, API_TITLE, register_components, spec_kwargs
from .problems import ProblemApi, QueryStringGuard, handle_unexpected, moved_permanently
from .ratelimit import RateLimit
from .v1 import register_blueprints
from .v1.base import refuse_undeclared_parameters

MULTIPLE_SLASHES = re.compile("/{2,}")
DOT_SEGMENTS = frozenset((".", ".."))


@lru_cache(maxsize=64)  # the static folder holds a dozen files
def gzipped(path, modified_ns, size):
    """A static file's bytes gzip-compressed, once per worker and version of the file."""
    with open(path, "rb") as handle:
        return gzip_bytes(handle.read(), level=9)


class ApiFlask(Flask):
    def ensure_sync(self, func):
        """Every view, hook and error handler here is a plain function (gevent,
        not asyncio, gives the workers their concurrency; a test checks): Flask's
        question whether each is a coroutine, asked about a dozen times a
        request, is skipped (8 us of the 138 an uncached /healthz took)."""
        return func

    def send_static_file(self, filename):
        """The documentation pages' scripts and styles (about 3 MB), as every
        stored file is sent (``send_stored_file``); gzip-compressed to a client
        that accepts gzip (a quarter of the bytes), compressed once per worker,
        never per request (tens of milliseconds each)."""
        path = safe_join(self.static_folder, filename)
        if path is None or not os.path.isfile(path):
            raise NotFound()
        found = os.stat(path)
        compressed = content_coding(request.environ.get("HTTP_ACCEPT_ENCODING", "")) == "gzip"
        validator = file_validator(found.st_size, found.st_mtime_ns)
        response = send_stored_file(
            io.BytesIO(gzipped(path, found.st_mtime_ns, found.st_size)) if compressed else path,
            f"{validator}-gzip" if compressed else validator,
            found.st_mtime_ns,
            download_name=os.path.basename(path),  # the same Content-Type and Content-Disposition either way
            max_age=self.get_send_file_max_age(filename),
        )
        if compressed:
            response.headers["Content-Encoding"] = "gzip"
        return response

    def make_default_options_response(self):
        """``OPTIONS`` on any URL: 204 with ``Allow`` (finish_response adds the
        CORS headers, and answers a preflight), no body and so no media type."""
        response = super().make_default_options_response()
        response.status_code = 204
        del response.headers["Content-Type"]
        return response


def openapi_settings(public_url):
    return {
        "API_TITLE": API_TITLE,
        "API_VERSION": "1.0.0",
        "OPENAPI_VERSION": "3.1.0",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        "OPENAPI_SWAGGER_UI_URL": "/static/swagger-ui/",
        "OPENAPI_SWAGGER_UI_CONFIG": {"validatorUrl": None},
        "OPENAPI_REDOC_PATH": "/redoc",
        "OPENAPI_REDOC_URL": "/static/redoc/redoc.standalone.js",
        "API_SPEC_OPTIONS": {
            "info": {
                "description": API_DESCRIPTION,
                "license": {"name": "CC-BY-4.0", "identifier": "CC-BY-4.0"},
                "contact": {"name": "API maintainers", "url": "/v1/meta"},
            },
            "servers": [{"url": public_url or "/", "description": "This server"}],
        },
    }


def routes(path):
    """Whether ``path`` names something this API serves (to any method)."""
    try:
        current_app.create_url_adapter(request).match(path, method=request.method)
    except NotFound:
        return False
    except HTTPException:  # a redirect, or a method not allowed there: the resource is there
        pass
    return True


def redirect_to_canonical_url():
    """A URL the API spells otherwise is one 308 to the one it spells:
    repeated slashes merged, leading ones included (werkzeug would serve
    ``//v1/projects`` as it is, and its own redirect would name the request's
    ``Host`` and answer HTML), and a trailing slash dropped (``/v1/projects/``)."""
    path = request.path
    if request.environ.get("PATH_INFO", "").startswith("//"):
        path = "/" + path  # werkzeug's request.path drops the extra leading slashes
    canonical = MULTIPLE_SLASHES.sub("/", path)
    if canonical != "/" and canonical.endswith("/"):
        canonical = canonical.rstrip("/")
    if canonical == path:
        return None
    # A `.` or `..` segment would move the URL once a client resolves it: no
    # redirect names one, and what werkzeug would redirect (merging slashes)
    # is not found.
    if DOT_SEGMENTS.intersection(canonical.split("/")) or not routes(canonical):
        if isinstance(request.routing_exception, RequestRedirect):
            raise NotFound()
        return None
    return moved_permanently(quote(request.script_root + canonical), request.query_string)


def create_app(test_config=None):
    """Build the app: defaults, then environment variables, then ``test_config``."""
    app = ApiFlask(__name__)
    app.config.update(settings.from_environment())  # each default, unless the environment sets it
    if test_config:
        app.config.update(test_config)
    app.config.update(openapi_settings(app.config["PUBLIC_URL"]))
    app.config.update(
        JSON_SORT_KEYS=False,
    )
    database = Path(app.config["DATABASE_PATH"])
    if not database.is_absolute():
        database = Path(os.getcwd()) / database
    app.extensions["dataset"] = open_dataset(database, SERVED)
    # Without a configured secret (tests, the flask CLI) this process signs
    # its own cursors; gunicorn's master generates one for all its workers.
    secret = app.config["CURSOR_SECRET"] or secrets.token_urlsafe(settings.MIN_SECRET_LENGTH)
    app.extensions["cursors"] = Cursors(secret, app.extensions["dataset"].version)
    app.extensions["db_connections"] = Connections()
    app.extensions["counts"] = {}  # query fingerprint -> matching records (see query.count)

    app.before_request(assign_request_id)
    app.before_request(redirect_to_canonical_url)
    app.before_request(refuse_undeclared_parameters)
    app.after_request(finish_response)
    app.register_error_handler(Exception, handle_unexpected)

    api = ProblemApi(app, spec_kwargs=spec_kwargs())
    register_components(api.spec)
    register_blueprints(api)
    app.register_error_handler(HTTPException, api.handle_http_exception)
    app.wsgi_app = ResponseCache(app.wsgi_app, app.config["RESPONSE_CACHE_SIZE"])
    if app.config["RATE_LIMIT_ENABLED"]:
        app.wsgi_app = RateLimit(
            app.wsgi_app,
            app.config["RATE_LIMIT"],
            app.config["RATE_LIMIT_STORAGE_URI"],
            app.config["TRUSTED_PROXIES"],
        )
    app.wsgi_app = QueryStringGuard(app.wsgi_app)
    return app
