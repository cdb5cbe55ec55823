from marshmallow import Schema, fields

from .base import string


class LandingLinksSchema(Schema):
    v1 = string("Version 1 of the API: its collections.")
    meta = string("The dataset's metadata.")
    docs = string("Interactive documentation (Swagger UI).")
    redoc = string("Reference documentation (ReDoc).")
    openapi = string("The OpenAPI document.")
    health = string("Liveness.")
    readiness = string("Readiness.")


class LandingSchema(Schema):
    name = string("The API's name.")
    links = fields.Nested(LandingLinksSchema, required=True)


class HealthSchema(Schema):
    status = string("Always `ok`.")


class ReadinessSchema(Schema):
    status = string("`ready` when the database answers.")
    dataset_version = string("Version of the dataset served.")


class ProblemTypeSchema(Schema):
    type = string("The problem type URI.")
    status = fields.Integer(required=True, metadata={"description": "HTTP status it comes with."})
    title = string("Short summary.")
    description = string("When it happens and what to do.")
