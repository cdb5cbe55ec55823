"""Endpoints outside the versioned API: the landing document, health and problem types."""

import orjson
from flask.views import MethodView

from schemas.service import HealthSchema, LandingSchema, ProblemTypeSchema, ReadinessSchema

from .db import connect, dataset, file_replaced
from .http import json_response
from .openapi import API_TITLE
from .problems import ApiProblem, problem_types
from .v1.base import Blueprint

blp = Blueprint(
    "service",
    __name__,
    description="The landing document, liveness, readiness and the documentation of error types.",
)

LANDING = orjson.dumps(
    {
        "name": API_TITLE,
        "links": {
            "v1": "/v1",
            "meta": "/v1/meta",
            "docs": "/docs",
            "redoc": "/redoc",
            "openapi": "/openapi.json",
            "health": "/healthz",
            "readiness": "/readyz",
        },
    }
)


@blp.route("/")
class Landing(MethodView):
    @blp.doc(operationId="getLanding")
    @blp.response(200, LandingSchema)
    def get(self):
        """Name the API and link its versions and documentation"""
        return json_response(LANDING)


def probe_response(body):
    """A probe's answer: about this instance now, so never stored by a cache."""
    response = json_response(body)
    response.headers["Cache-Control"] = "no-store"
    return response


@blp.route("/healthz")
class Health(MethodView):
    @blp.doc(operationId="getHealth")
    @blp.response(200, HealthSchema)
    def get(self):
        """Report that the process is alive (no I/O)"""
        return probe_response(b'{"status":"ok"}')


@blp.route("/readyz")
class Readiness(MethodView):
    @blp.doc(operationId="getReadiness")
    @blp.response(200, ReadinessSchema)
    def get(self):
        """Report that the database can be read, and its dataset version"""
        # A fresh connection: the worker's own keeps an open file and cached
        # pages, so it would not notice the file being removed or damaged.
        try:
            connection = connect(dataset().uri)
            try:
                row = connection.execute("SELECT value FROM metadata WHERE key = 'dataset_version'").fetchone()
            finally:
                connection.close()
        except Exception:  # any failure to read means "not ready"
            raise ApiProblem("service_unavailable", "The database cannot be read.") from None
        if row is None or row[0] != dataset().version or file_replaced(dataset()):
            raise ApiProblem("service_unavailable", "The database changed since start-up.")
        return probe_response(orjson.dumps({"status": "ready", "dataset_version": dataset().version}))


@blp.route("/problems/<string:code>")
class ProblemType(MethodView):
    @blp.doc(operationId="getProblemType")
    @blp.response(200, ProblemTypeSchema)
    def get(self, code):
        """Describe an error type (the `type` of a problem document)"""
        described = problem_types().get(code)
        if described is None:
            raise ApiProblem("not_found", f"No problem type {code!r}.")
        return json_response(orjson.dumps(described))
