"""The API application factory."""

import os
from pathlib import Path

from flask import Flask
from flask_compress import Compress
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from schemas.collections import COLLECTIONS

from . import config as settings
from .cache import ResponseCache
from .db import connections, open_dataset
from .exports import ExportsDocPlugin
from .http import EXPOSED_HEADERS, assign_request_id, finish_response
from .openapi import API_DESCRIPTION, API_TITLE, CommonResponsesPlugin, register_components
from .problems import ProblemApi, QueryStringLimit, handle_unexpected
from .ratelimit import RateLimit
from .v1 import register_blueprints


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


def create_app(test_config=None):
    """Build the app: defaults, then environment variables, then ``test_config``."""
    app = Flask(__name__)
    app.config.update(settings.from_environment())  # each default, unless the environment sets it
    if test_config:
        app.config.update(test_config)
    app.config.update(openapi_settings(app.config["PUBLIC_URL"]))
    app.config.update(
        JSON_SORT_KEYS=False,
        COMPRESS_MIMETYPES=[
            "application/json",
            "application/problem+json",
            "text/plain",
            "text/csv",
            "application/x-ndjson",
            "text/html",
            "text/css",
            "application/javascript",
        ],
        COMPRESS_ALGORITHM=["gzip"],
        COMPRESS_MIN_SIZE=1024,
        COMPRESS_STREAMS=False,
    )
    database = Path(app.config["DATABASE_PATH"])
    if not database.is_absolute():
        database = Path(os.getcwd()) / database
    app.extensions["dataset"] = open_dataset(database, COLLECTIONS)
    app.extensions["db_connections"] = connections()
    app.extensions["counts"] = {}  # query fingerprint -> matching records (see query.count)

    Compress(app)
    CORS(
        app,
        origins="*",
        methods=["GET", "HEAD", "OPTIONS"],
        expose_headers=list(EXPOSED_HEADERS),
        max_age=86400,
        send_wildcard=True,
        vary_header=False,
    )
    app.before_request(assign_request_id)
    app.after_request(finish_response)
    app.register_error_handler(Exception, handle_unexpected)

    api = ProblemApi(app, spec_kwargs={"extra_plugins": [CommonResponsesPlugin(), ExportsDocPlugin()]})
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
    app.wsgi_app = QueryStringLimit(app.wsgi_app)
    return app
