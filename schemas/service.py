from marshmallow import Schema, fields


class LandingLinksSchema(Schema):
    v1 = fields.String(required=True, metadata={"description": "Version 1 of the API: its collections."})
    meta = fields.String(required=True, metadata={"description": "The dataset's metadata."})
    docs = fields.String(required=True, metadata={"description": "Interactive documentation (Swagger UI)."})
    redoc = fields.String(required=True, metadata={"description": "Reference documentation (ReDoc)."})
    openapi = fields.String(required=True, metadata={"description": "The OpenAPI document."})
    health = fields.String(required=True, metadata={"description": "Liveness."})
    readiness = fields.String(required=True, metadata={"description": "Readiness."})


class LandingSchema(Schema):
    name = fields.String(required=True, metadata={"description": "The API's name."})
    links = fields.Nested(LandingLinksSchema, required=True)


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"description": "Always `ok`."})


class ReadinessSchema(Schema):
    status = fields.String(required=True, metadata={"description": "`ready` when the database answers."})
    dataset_version = fields.String(required=True, metadata={"description": "Version of the dataset served."})


class ProblemTypeSchema(Schema):
    type = fields.String(required=True, metadata={"description": "The problem type URI."})
    status = fields.Integer(required=True, metadata={"description": "HTTP status it comes with."})
    title = fields.String(required=True, metadata={"description": "Short summary."})
    description = fields.String(required=True, metadata={"description": "When it happens and what to do."})
