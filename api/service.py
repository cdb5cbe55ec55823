"""Operational endpoints outside the versioned API: health and problem types."""

import orjson
from flask.views import MethodView

from schemas.service import HealthSchema, ProblemTypeSchema, ReadinessSchema

from .db import dataset, get_db
from .http import json_response
from .problems import ApiProblem, problem_types
from .v1.base import Blueprint

blp = Blueprint("service", __name__, description="Liveness, readiness and the documentation of error types.")


@blp.route("/healthz")
class Health(MethodView):
    @blp.doc(operationId="getHealth")
    @blp.response(200, HealthSchema)
    def get(self):
        """Report that the process is alive (no I/O)"""
        return json_response(b'{"status":"ok"}')


@blp.route("/readyz")
class Readiness(MethodView):
    @blp.doc(operationId="getReadiness")
    @blp.response(200, ReadinessSchema)
    def get(self):
        """Report that the database can be read, and its dataset version"""
        try:
            get_db().execute('SELECT 1 FROM "metadata" LIMIT 1').fetchone()
        except Exception:  # any failure to read means "not ready"
            raise ApiProblem("service_unavailable", "The database cannot be read.") from None
        return json_response(orjson.dumps({"status": "ready", "dataset_version": dataset().version}))


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
